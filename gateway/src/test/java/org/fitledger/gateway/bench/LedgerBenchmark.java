package org.fitledger.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fitledger.gateway.LiveFabric;

/**
 * The ledger-rules benchmark, against a running stack: seeds contracts and equipment through the
 * REST API, then at each concurrency measures the no-op ping (the ceiling), patrol submissions of
 * 10 inspections, and ticket transitions on tickets opened just before, each for a warm-up and a
 * fixed measurement, and reports committed transactions per second, p50 and p99 latency, errors by
 * code and the ratios to the ceiling. {@code network/bench/ledger.sh} brings up the stack and runs
 * it:
 *
 * <pre>{@code
 * java -cp CLASSPATH org.fitledger.gateway.bench.LedgerBenchmark --clients 16,64 --out report.txt
 * }</pre>
 */
public final class LedgerBenchmark {
  private static final int SEED_THREADS = 8;
  private static final int STEPS_PER_TICKET = 3;

  private LedgerBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args see {@link Options#USAGE}
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    Api api = Api.of(options.gateway(), options.credentials());
    ExecutorService seeding = Executors.newFixedThreadPool(SEED_THREADS);
    Report report = new Report();
    try {
      run(options, api, seeding, report);
    } finally {
      seeding.shutdownNow();
    }
    String text = report.render();
    System.out.print(text);
    if (options.out() != null) {
      Files.createDirectories(options.out().toAbsolutePath().getParent());
      Files.writeString(options.out(), text);
      System.err.println("written to " + options.out());
    }
    System.exit(0);
  }

  private static void run(Options options, Api api, ExecutorService seeding, Report report) {
    Locale.setDefault(Locale.ROOT);
    report.line(
        "FitLedger ledger-rules benchmark, %s, %d cores, load average %s",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        Runtime.getRuntime().availableProcessors(),
        CpuMeter.loadAverage());
    report.line(
        "gateway %s; closed-loop clients; each workload prewarmed once for %d s, then at each"
            + " concurrency a %d s warm-up and %d s measured",
        options.gateway(),
        options.prewarm().toSeconds(),
        options.warmup().toSeconds(),
        options.measure().toSeconds());
    if (!options.label().isEmpty()) {
      report.line("settings: %s", options.label());
    }
    api.signIn(Seed.EVERYONE);
    String run = Long.toString(System.currentTimeMillis(), 36);
    Seed seed = new Seed(api, seeding, run);
    long seeding0 = System.nanoTime();
    List<Seed.Site> sites = seed.sites(options.equipmentPerSite());
    report.line(
        "seeded in %.0f s: a site-scoped contract for GREENFIX and one for FIXRIGHT, %d pieces"
            + " of equipment at each site in %s",
        (System.nanoTime() - seeding0) / 1e9, options.equipmentPerSite(), Bodies.DISTRICT_PATH);
    progress("seeded " + 2 * options.equipmentPerSite() + " pieces of equipment");
    Runner runner =
        new Runner(
            options.warmup(),
            options.measure(),
            new CpuMeter(options.runDir()),
            new IndexVisibility(api),
            new Profiles(
                options.runDir(),
                options.profileDir(),
                options.goProfiles(),
                options.postgresUrl()));
    prewarm(options, api, seed, sites, runner);
    for (int clients : options.clients()) {
      double fastest = 0;
      if (options.workloads().contains("ping")) {
        fastest = Math.max(fastest, measure(runner, api, new PingLoad(api), clients, report));
      }
      if (options.workloads().contains("patrol")) {
        double patrols = measure(runner, api, new PatrolLoad(api, sites), clients, report);
        fastest = Math.max(fastest, patrols);
        if (options.pacedShare() > 0 && patrols > 0) {
          // The index lag below the ceiling, where a city's stack runs most of the time.
          Workload paced = new Paced(new PatrolLoad(api, sites), options.pacedShare() * patrols);
          measure(runner, api, paced, clients, report);
        }
      }
      if (options.workloads().contains("device")) {
        measure(runner, api, devicePatrols(options, api, sites), clients, report);
      }
      if (options.workloads().contains("transitions")) {
        api.signIn(Seed.EVERYONE);
        int wanted =
            ticketsFor(
                fastest == 0 ? 100 : fastest, options.warmup().plus(options.measure()), clients);
        long opening = System.nanoTime();
        List<Seed.Ticket> tickets = seed.openTickets(sites, wanted);
        String opened =
            String.format(
                "%d MINOR tickets opened beforehand in %.0f s",
                tickets.size(), (System.nanoTime() - opening) / 1e9);
        progress(opened);
        TransitionLoad load = new TransitionLoad(api, tickets, clients);
        Result result = runner.run(load, clients);
        report.add(
            result.withNote(
                opened
                    + "; "
                    + load.untouched()
                    + " untouched; "
                    + load.rejections()
                    + " reworked for want of tickets"));
        progress(result);
      }
    }
  }

  /** Runs each workload once, unmeasured, at the first concurrency. */
  private static void prewarm(
      Options options, Api api, Seed seed, List<Seed.Site> sites, Runner runner) {
    if (options.prewarm().isZero()) {
      return;
    }
    int clients = options.clients().get(0);
    api.signIn(Seed.EVERYONE);
    if (options.workloads().contains("ping")) {
      runner.warm(new PingLoad(api), clients, options.prewarm());
    }
    if (options.workloads().contains("patrol")) {
      runner.warm(new PatrolLoad(api, sites), clients, options.prewarm());
    }
    if (options.workloads().contains("device")) {
      runner.warm(devicePatrols(options, api, sites), clients, options.prewarm());
    }
    if (options.workloads().contains("transitions")) {
      List<Seed.Ticket> tickets =
          seed.openTickets(sites, ticketsFor(50, options.prewarm(), clients));
      runner.warm(new TransitionLoad(api, tickets, clients), clients, options.prewarm());
    }
    progress("prewarmed each workload for " + options.prewarm().toSeconds() + " s");
  }

  /** Patrols signed on the inspectors' own devices, with their keys from the run directory. */
  private static Workload devicePatrols(Options options, Api api, List<Seed.Site> sites) {
    return new DevicePatrolLoad(api, new PatrolLoad(api, sites), LiveFabric.of(options.runDir()));
  }

  private static double measure(
      Runner runner, Api api, Workload workload, int clients, Report report) {
    api.signIn(Seed.EVERYONE);
    Result result = runner.run(workload, clients);
    report.add(result);
    progress(result);
    return result.throughput();
  }

  /** Enough tickets that the clients never run out, at up to 1.25 times the fastest rate seen. */
  private static int ticketsFor(double rate, Duration time, int clients) {
    return (int) Math.ceil(rate * 1.25 * time.toSeconds() / STEPS_PER_TICKET) + 2 * clients;
  }

  private static void progress(Result result) {
    progress(
        String.format(
            "%d clients, %s: %.1f tx/s, p50 %.0f ms, p99 %.0f ms, %d errors",
            result.clients(),
            result.workload(),
            result.throughput(),
            result.percentileMillis(50),
            result.percentileMillis(99),
            result.errorCount()));
  }

  private static void progress(String text) {
    System.err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " [bench] " + text);
  }
}
