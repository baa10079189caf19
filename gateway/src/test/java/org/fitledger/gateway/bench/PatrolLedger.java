package org.fitledger.gateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a ledger of many patrols through the REST API, the gateway and the real chaincode, for the
 * replay and audit benchmarks ({@code network/bench/replay.sh}): two site-scoped contracts and
 * {@code 2 × equipment-per-site} pieces of equipment, then patrols of 10 inspections by
 * inspector1..3 until the index holds {@code --patrols} of them, every {@code --defect-every}-th
 * with one MINOR defect (which opens a ticket). It tops up: run again on the same stack, it
 * registers only what the index lacks and writes only the missing patrols. A patrol whose answer is
 * lost or refused as unavailable is sent again with the same id, as the field app does, so the
 * ledger holds each patrol once; any other refusal stops the build.
 *
 * <pre>{@code
 * java -cp CLASSPATH org.fitledger.gateway.bench.PatrolLedger --gateway URL --credentials FILE \
 *     --db-url JDBC-URL [--db-user fitledger] [--patrols 100000] [--equipment-per-site 5000] \
 *     [--defect-every 20] [--clients 64] [--out FILE]
 * }</pre>
 *
 * (the index's password comes from {@code FITLEDGER_DB_PASSWORD}).
 */
public final class PatrolLedger {
  private static final String RUN = "ledger";
  private static final int SEED_THREADS = 8;
  private static final int ATTEMPTS = 10;
  private static final Set<Integer> RETRYABLE = Set.of(0, 429, 502, 503, 504);
  private static final Duration INDEX_WAIT = Duration.ofMinutes(10);
  // Tokens live 15 minutes; everyone signs in again well before.
  private static final Duration TOKEN_REFRESH = Duration.ofMinutes(5);
  private static final String USAGE =
      "PatrolLedger --gateway URL --credentials FILE --db-url JDBC-URL [--db-user USER]"
          + " [--patrols N] [--equipment-per-site N] [--defect-every N] [--clients N] [--out FILE]";

  private PatrolLedger() {}

  /**
   * Builds the ledger.
   *
   * @param args see the class comment
   * @throws Exception if the ledger cannot be built or the report written
   */
  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    Map<String, String> options = options(args);
    Api api = Api.of(options.get("gateway"), Path.of(options.get("credentials")));
    long patrols = Long.parseLong(options.getOrDefault("patrols", "100000"));
    int perSite = Integer.parseInt(options.getOrDefault("equipment-per-site", "5000"));
    int defectEvery = Integer.parseInt(options.getOrDefault("defect-every", "20"));
    int clients = Integer.parseInt(options.getOrDefault("clients", "64"));
    StringBuilder report = new StringBuilder();
    try (Connection index =
        DriverManager.getConnection(
            options.get("db-url"),
            options.getOrDefault("db-user", "fitledger"),
            System.getenv().getOrDefault("FITLEDGER_DB_PASSWORD", ""))) {
      line(report, "FitLedger patrol ledger, %s", Instant.now().truncatedTo(ChronoUnit.SECONDS));
      api.signIn(Seed.EVERYONE);
      List<Seed.Site> sites = Seed.layout(RUN, perSite);
      seed(api, sites, index, report);
      long before = count(index, "select count(*) from patrols");
      long missing = Math.max(0, patrols - before);
      line(
          report,
          "the index held %d patrols; writing %d more with %d clients",
          before,
          missing,
          clients);
      api.signIn(Seed.EVERYONE); // afresh: seeding may have taken minutes
      long start = System.nanoTime();
      write(new PatrolLoad(api, sites, defectEvery), api, missing, clients, start);
      double seconds = (System.nanoTime() - start) / 1e9;
      line(report, "written in %.0f s: %.1f patrols/s", seconds, missing / Math.max(seconds, 1e-9));
      waitForIndex(index, patrols);
      line(
          report,
          "the index holds %d patrols, %d inspections, %d tickets, %d pieces of equipment",
          count(index, "select count(*) from patrols"),
          count(index, "select count(*) from inspections"),
          count(index, "select count(*) from tickets"),
          count(index, "select count(*) from equipment"));
    }
    String text = report.toString();
    if (options.containsKey("out")) {
      Path out = Path.of(options.get("out")).toAbsolutePath();
      Files.createDirectories(out.getParent());
      Files.writeString(out, text);
    }
    System.exit(0);
  }

  /** Registers the contracts and equipment the index does not hold yet. */
  private static void seed(Api api, List<Seed.Site> sites, Connection index, StringBuilder report)
      throws SQLException {
    ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
    try {
      Seed seed = new Seed(api, pool, RUN);
      String ours = " where id like 'bench-" + RUN + "-%'";
      long start = System.nanoTime();
      if (count(index, "select count(*) from contracts" + ours) < sites.size()) {
        seed.contracts(sites);
      }
      long pieces = sites.stream().mapToLong(site -> site.equipment().size()).sum();
      if (count(index, "select count(*) from equipment" + ours) < pieces) {
        seed.equipment(sites);
      }
      line(
          report,
          "%d pieces of equipment at 2 sites in %s, registered or found in %.0f s",
          pieces,
          Bodies.DISTRICT_PATH,
          (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes {@code missing} patrols with {@code clients} closed-loop clients. */
  private static void write(PatrolLoad load, Api api, long missing, int clients, long start)
      throws Exception {
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong resent = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      workers.add(
          pool.submit(
              () -> {
                for (long n = next.getAndIncrement(); n < missing; n = next.getAndIncrement()) {
                  resent.addAndGet(send(load, client, load.body(n)));
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    pool.shutdown();
    long signedIn = start;
    while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
      double seconds = (System.nanoTime() - start) / 1e9;
      progress(
          "%d of %d patrols on the ledger (%.1f/s), %d sent again",
          done.get(), missing, done.get() / seconds, resent.get());
      if (System.nanoTime() - signedIn > TOKEN_REFRESH.toNanos()) {
        api.signIn(Seed.EVERYONE);
        signedIn = System.nanoTime();
      }
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
  }

  /** Sends one patrol until it is on the ledger; answers how often it was sent again. */
  private static int send(PatrolLoad load, int client, String body) throws InterruptedException {
    Answer answer = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      answer = load.send(client, body);
      if (answer.ok()) {
        return attempt;
      }
      if (!RETRYABLE.contains(answer.status())) {
        break;
      }
      Thread.sleep(200L << Math.min(attempt, 5));
    }
    throw new IllegalStateException(
        "a patrol was refused: " + answer.error() + " " + answer.body());
  }

  private static void waitForIndex(Connection index, long patrols) throws Exception {
    long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
    while (count(index, "select count(*) from patrols") < patrols) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the index did not reach " + patrols + " patrols");
      }
      Thread.sleep(1000);
    }
  }

  private static long count(Connection index, String sql) throws SQLException {
    try (Statement statement = index.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Map<String, String> options(String... args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: " + USAGE);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    Set<String> known =
        Set.of(
            "gateway",
            "credentials",
            "db-url",
            "db-user",
            "patrols",
            "equipment-per-site",
            "defect-every",
            "clients",
            "out");
    if (!known.containsAll(options.keySet())
        || !options.keySet().containsAll(Set.of("gateway", "credentials", "db-url"))) {
      throw new IllegalArgumentException("usage: " + USAGE);
    }
    return options;
  }

  private static void line(StringBuilder report, String format, Object... args) {
    String text = String.format(format, args);
    report.append(text).append('\n');
    progress("%s", text);
  }

  private static void progress(String format, Object... args) {
    System.err.println(
        Instant.now().truncatedTo(ChronoUnit.SECONDS) + " [ledger] " + String.format(format, args));
  }
}
