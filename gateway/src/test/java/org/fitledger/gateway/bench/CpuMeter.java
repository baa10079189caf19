package org.fitledger.gateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
    long total = to.machineTotal() - from.machineTotal();
    double cores = Runtime.getRuntime().availableProcessors();
    double machine = total == 0 ? 0 : 100 * cores * (to.machineBusy() - from.machineBusy()) / total;
    double all = 100 * to.allProcesses().minus(from.allProcesses()).toNanos() / 1e9 / seconds;
    return new Usage(busiestFirst(shares), all, machine);
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
   * (with its children), and the whole machine's, and exits with the command's status. The
   * processes are sampled every half second, so that the CPU of those that end meanwhile (the
   * command's own, PostgreSQL's backend serving it) is counted up to their last sample. The replay
   * benchmark runs the rebuild so.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: CpuMeter RUN_DIR COMMAND [ARG...]");
    }
    CpuMeter meter = new CpuMeter(Path.of(args[0]));
    Tracked tracked = new Tracked();
    long start = System.nanoTime();
    long[] machineBefore = machine();
    meter.observe(null, tracked, true);
    Process command = new ProcessBuilder(List.of(args).subList(1, args.length)).inheritIO().start();
    while (!command.waitFor(500, TimeUnit.MILLISECONDS)) {
      meter.observe(command, tracked, false);
    }
    long[] machineAfter = machine();
    double seconds = (System.nanoTime() - start) / 1e9;
    long total = machineAfter[1] - machineBefore[1];
    double machine =
        total == 0
            ? 0
            : 100.0
                * Runtime.getRuntime().availableProcessors()
                * (machineAfter[0] - machineBefore[0])
                / total;
    StringBuilder line =
        new StringBuilder(
            String.format(
                "CPU while it ran (%.1f s), %% of one core (this machine has %d): machine %.0f |",
                seconds, 100 * Runtime.getRuntime().availableProcessors(), machine));
    tracked
        .shares(seconds)
        .forEach((name, share) -> line.append(String.format(" %s %.0f", name, share)));
    System.out.println(line);
    System.exit(command.exitValue());
  }

  /** Each process seen, with the CPU it had when first and last seen, under its root's name. */
  private static final class Tracked {
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Duration> first = new HashMap<>();
    private final Map<Long, Duration> last = new HashMap<>();

    void seen(String name, ProcessHandle process, boolean before) {
      Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
      names.put(process.pid(), name);
      // A process born after the start used all its CPU since.
      first.putIfAbsent(process.pid(), before ? cpu : Duration.ZERO);
      last.put(process.pid(), cpu);
    }

    /** Each name's share of one core, in percent, busiest first. */
    Map<String, Double> shares(double seconds) {
      Map<String, Double> shares = new HashMap<>();
      names.forEach(
          (pid, name) ->
              shares.merge(
                  name,
                  100 * last.get(pid).minus(first.get(pid)).toNanos() / 1e9 / seconds,
                  Double::sum));
      return busiestFirst(shares);
    }
  }

  /** Shares of a core by name, the busiest first. */
  private static Map<String, Double> busiestFirst(Map<String, Double> shares) {
    Map<String, Double> sorted = new LinkedHashMap<>();
    shares.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Samples every process of the stack and the command, each with its descendants. */
  private void observe(Process command, Tracked tracked, boolean before) {
    Map<String, Long> roots = new TreeMap<>(pids());
    if (command != null) {
      roots.put("the command", command.pid());
    }
    roots.forEach(
        (name, pid) ->
            ProcessHandle.of(pid)
                .ifPresent(
                    root -> {
                      tracked.seen(name, root, before);
                      root.descendants().forEach(child -> tracked.seen(name, child, before));
                    }));
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
