package org.fitledger.gateway.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The benchmark's results as text: one table, then errors, CPU and load per measurement. */
final class Report {
  static final String PING = "no-op ping";

  private final StringBuilder text = new StringBuilder();
  private final List<Result> results = new ArrayList<>();

  Report line(String format, Object... args) {
    text.append(String.format(format, args)).append('\n');
    return this;
  }

  void add(Result result) {
    results.add(result);
  }

  String render() {
    StringBuilder out = new StringBuilder(text);
    out.append(
        String.format(
            "%n%7s  %-24s %8s %8s %8s %7s %6s %7s %8s %9s %14s%n",
            "clients",
            "workload",
            "tx/s",
            "p50 ms",
            "p99 ms",
            "ok",
            "errors",
            "blocks",
            "tx/block",
            "cpu ms/tx",
            "index p50/p99"));
    for (Result r : results) {
      out.append(
          String.format(
              "%7d  %-24s %8.1f %8.0f %8.0f %7d %6d %7d %8.1f %9.1f %14s%n",
              r.clients(),
              r.workload(),
              r.throughput(),
              r.percentileMillis(50),
              r.percentileMillis(99),
              r.ok(),
              r.errorCount(),
              r.blocks(),
              r.blocks() == 0 ? 0.0 : (double) r.ok() / r.blocks(),
              r.cpuPerTransaction(),
              String.format(
                  "<=%.0f/<=%.0f", r.visibility().p50Millis(), r.visibility().p99Millis())));
    }
    out.append(
        "(cpu ms/tx: CPU time of the stack's processes, this benchmark not counted, per committed"
            + " transaction; index p50/p99: ms from a write's commit until its rows were visible in"
            + " the index, as bucket bounds of the gateway's histogram fitledger.index.visibility)\n\n");
    results.stream()
        .map(Result::clients)
        .distinct()
        .forEach(clients -> ratios(out, "at " + clients + " clients", at(clients)));
    ratios(out, "best sustained (each at its best concurrency)", best());
    out.append("\nerrors by code:\n");
    boolean none = true;
    for (Result r : results) {
      for (Map.Entry<String, Long> error : r.errors().entrySet()) {
        none = false;
        out.append(
            String.format(
                "  %3d clients %-24s %-40s %d%n",
                r.clients(), r.workload(), error.getKey(), error.getValue()));
      }
    }
    out.append(none ? "  none\n" : "");
    out.append(
        "\nCPU during each measurement, % of one core (this machine has "
            + 100 * Runtime.getRuntime().availableProcessors()
            + "); 'other processes' are the machine's other tenants:\n");
    for (Result r : results) {
      out.append(
          String.format(
              "  %3d clients %-24s machine %4.0f | other processes %4.0f |",
              r.clients(), r.workload(), r.cpu().machine(), r.cpu().otherProcesses()));
      r.cpu()
          .processes()
          .forEach((name, share) -> out.append(String.format(" %s %.0f", name, share)));
      out.append('\n');
    }
    out.append("\nload average (1, 5, 15 min) at the start and the end of each measurement:\n");
    for (Result r : results) {
      out.append(
          String.format(
              "  %3d clients %-24s %-16s -> %s%s%n",
              r.clients(),
              r.workload(),
              r.loadBefore(),
              r.loadAfter(),
              r.note().isEmpty() ? "" : "   (" + r.note() + ")"));
    }
    for (Result r : results) {
      if (!r.profile().isEmpty()) {
        out.append(
            String.format(
                "%nwhere the CPU went, %d clients %s (Profiles):%s",
                r.clients(), r.workload(), r.profile()));
      }
    }
    return out.toString();
  }

  private List<Result> at(int clients) {
    List<Result> at = new ArrayList<>();
    results.stream().filter(r -> r.clients() == clients).forEach(at::add);
    return at;
  }

  /** Each workload's highest throughput with at most 1% of its requests failed. */
  private List<Result> best() {
    List<Result> best = new ArrayList<>();
    results.stream()
        .map(Result::workload)
        .distinct()
        .forEach(
            workload ->
                results.stream()
                    .filter(r -> r.workload().equals(workload))
                    .filter(r -> r.errorCount() <= 0.01 * (r.ok() + r.errorCount()))
                    .max(Comparator.comparingDouble(Result::throughput))
                    .ifPresent(best::add));
    return best;
  }

  private static void ratios(StringBuilder out, String where, List<Result> results) {
    Optional<Result> ping = results.stream().filter(r -> r.workload().equals(PING)).findFirst();
    out.append(String.format("%s:", where));
    for (Result r : results) {
      out.append(
          String.format(" %s %.1f tx/s (%d clients);", r.workload(), r.throughput(), r.clients()));
    }
    if (ping.isPresent() && ping.get().throughput() > 0) {
      for (Result r : results) {
        if (r != ping.get()) {
          out.append(
              String.format(
                  " %s / no-op: tx/s %.2f, cpu ms/tx %.2f;",
                  r.workload(),
                  r.throughput() / ping.get().throughput(),
                  r.cpuPerTransaction() / ping.get().cpuPerTransaction()));
        }
      }
    }
    devices(out, results);
    out.append('\n');
  }

  /**
   * Patrols signed on the inspectors' devices against those the gateway signed, at one concurrency:
   * the cost of three requests and two device signatures per write.
   */
  private static void devices(StringBuilder out, List<Result> results) {
    Optional<Result> gateway =
        results.stream().filter(r -> r.workload().startsWith("patrol (")).findFirst();
    Optional<Result> device =
        results.stream().filter(r -> r.workload().equals(DevicePatrolLoad.NAME)).findFirst();
    if (gateway.isPresent() && device.isPresent() && gateway.get().throughput() > 0) {
      Result g = gateway.get();
      Result d = device.get();
      out.append(
          String.format(
              " signed on device / by gateway: tx/s %.2f, p50 %.2f, p99 %.2f, cpu ms/tx %.2f;",
              d.throughput() / g.throughput(),
              d.percentileMillis(50) / g.percentileMillis(50),
              d.percentileMillis(99) / g.percentileMillis(99),
              d.cpuPerTransaction() / g.cpuPerTransaction()));
    }
  }
}
