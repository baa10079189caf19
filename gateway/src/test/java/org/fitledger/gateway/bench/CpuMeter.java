package org.fitledger.gateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of each process of the stack (from the PID files of the run directory, with their
 * child processes; PostgreSQL with all its backends), of this benchmark, and of the whole machine
 * ({@code /proc/stat}), so that a measurement can say where the cores went.
 */
final class CpuMeter {
  private static final String BENCHMARK = "benchmark (this JVM)";

  private final Path runDir;

  CpuMeter(Path runDir) {
    this.runDir = runDir;
  }

  /** CPU use at one moment. */
  record Sample(
      long nanos,
      Map<String, Duration> processes,
      Duration allProcesses,
      long machineBusy,
      long machineTotal) {}

  /**
   * CPU use between two samples.
   *
   * @param processes each process's share of one core, in percent, busiest first
   * @param allProcesses what every process on the machine used together (the stack, this benchmark
   *     and the machine's other tenants), in percent of one core
   * @param machine the whole machine's busy share of one core, in percent (100 per busy core)
   */
  record Usage(Map<String, Double> processes, double allProcesses, double machine) {
    /** What the stack's processes used together, without this benchmark. */
    double stack() {
      return processes.entrySet().stream()
          .filter(e -> !e.getKey().equals(BENCHMARK))
          .mapToDouble(Map.Entry::getValue)
          .sum();
    }

    /** What the machine's other processes used: other tenants' work. */
    double otherProcesses() {
      return allProcesses - processes.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  Sample sample() {
    Map<String, Duration> processes = new TreeMap<>();
    for (Map.Entry<String, Long> process : pids().entrySet()) {
      ProcessHandle.of(process.getValue())
          .ifPresent(handle -> processes.put(process.getKey(), cpu(handle)));
    }
    processes.put(BENCHMARK, cpu(ProcessHandle.current()));
    Duration all =
        ProcessHandle.allProcesses()
            .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
            .reduce(Duration.ZERO, Duration::plus);
    long[] machine = machine();
    return new Sample(System.nanoTime(), processes, all, machine[0], machine[1]);
  }

  static Usage between(Sample from, Sample to) {
    double seconds = (to.nanos() - from.nanos()) / 1e9;
    Map<String, Double> shares = new TreeMap<>();
    to.processes()
        .forEach(
            (name, cpu) -> {
              Duration before = from.processes().get(name);
              if (before != null) {
                shares.put(name, 100 * cpu.minus(before).toNanos() / 1e9 / seconds);
              }
            });
    Map<String, Double> busiestFirst = new LinkedHashMap<>();
    shares.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> busiestFirst.put(e.getKey(), e.getValue()));
    long total = to.machineTotal() - from.machineTotal();
    double cores = Runtime.getRuntime().availableProcessors();
    double machine = total == 0 ? 0 : 100 * cores * (to.machineBusy() - from.machineBusy()) / total;
    double all = 100 * to.allProcesses().minus(from.allProcesses()).toNanos() / 1e9 / seconds;
    return new Usage(busiestFirst, all, machine);
  }

  private Map<String, Long> pids() {
    Map<String, Long> pids = new TreeMap<>();
    Path dir = runDir.resolve("pids");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".pid"))
            .forEach(
                f ->
                    firstLine(f)
                        .ifPresent(
                            pid -> pids.put(f.getFileName().toString().replace(".pid", ""), pid)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    firstLine(runDir.resolve("postgres/data/postmaster.pid"))
        .ifPresent(pid -> pids.put("postgres (all)", pid));
    return pids;
  }

  private static Optional<Long> firstLine(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines
          .findFirst()
          .map(String::trim)
          .filter(s -> s.matches("[0-9]+"))
          .map(Long::valueOf);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Duration cpu(ProcessHandle process) {
    Duration own = process.info().totalCpuDuration().orElse(Duration.ZERO);
    return process
        .descendants()
        .map(child -> child.info().totalCpuDuration().orElse(Duration.ZERO))
        .reduce(own, Duration::plus);
  }

  /** Busy and total ticks of all cores since boot. */
  private static long[] machine() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
      String[] fields = lines.findFirst().orElseThrow().trim().split("\\s+");
      long total = 0;
      long idle = 0;
      for (int i = 1; i < fields.length && i <= 8; i++) {
        long ticks = Long.parseLong(fields[i]);
        total += ticks;
        if (i == 4 || i == 5) {
          idle += ticks;
        }
      }
      return new long[] {total - idle, total};
    } catch (IOException e) {
      return new long[] {0, 0};
    }
  }

  /**
   * Runs a command and then says where the machine's CPU went while it ran: {@code CpuMeter RUN_DIR
   * COMMAND [ARG...]} prints each of the stack's processes' share of one core, the command's own
   * (with its children), the machine's other processes' and the whole machine's, and exits with the
   * command's status. The replay benchmark runs the rebuild so.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: CpuMeter RUN_DIR COMMAND [ARG...]");
    }
    CpuMeter meter = new CpuMeter(Path.of(args[0]));
    Sample before = meter.sample();
    int status =
        new ProcessBuilder(List.of(args).subList(1, args.length)).inheritIO().start().waitFor();
    Sample after = meter.sample();
    Usage usage = between(before, after);
    StringBuilder line =
        new StringBuilder(
            String.format(
                "CPU while it ran (%.1f s), %% of one core (this machine has %d): machine %.0f |"
                    + " other processes %.0f |",
                (after.nanos() - before.nanos()) / 1e9,
                100 * Runtime.getRuntime().availableProcessors(),
                usage.machine(),
                usage.otherProcesses()));
    usage
        .processes()
        .forEach(
            (name, share) ->
                line.append(
                    String.format(
                        " %s %.0f", name.equals(BENCHMARK) ? "the command" : name, share)));
    System.out.println(line);
    System.exit(status);
  }

  /** The load averages over 1, 5 and 15 minutes. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "?";
    }
  }
}
