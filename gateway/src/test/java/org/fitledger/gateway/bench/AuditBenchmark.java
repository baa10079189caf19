package org.fitledger.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fitledger.gateway.audit.AuditScope;
import org.fitledger.gateway.audit.CoverageRepository;
import org.fitledger.gateway.audit.DiligenceRepository;
import org.fitledger.gateway.audit.SlaRepository;
import org.fitledger.gateway.audit.SlaStep;
import org.fitledger.gateway.people.PasswordHash;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Period;
import org.fitledger.model.patrol.Level;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The audit benchmark: loads a simulated year of ledger records (by default 20,000 pieces of
 * equipment in 2 cities and 100,000 patrols of 10 inspections, with the tickets their defects open
 * and every step of those) into a fresh PostgreSQL schema migrated by the gateway's Flyway
 * migrations, through the gateway's own projections ({@link BulkLoader}); then measures each audit
 * query of a supervisor of one city, as the audit controllers run it, and reports p50, p99, mean
 * and max. {@code network/bench/audit.sh} starts a PostgreSQL cluster and runs it:
 *
 * <pre>{@code
 * java -cp CLASSPATH org.fitledger.gateway.bench.AuditBenchmark --db-url jdbc:postgresql://...
 * }</pre>
 */
public final class AuditBenchmark {
  private static final List<Level> ALL_LEVELS = List.of(Level.values());
  private static final PageRequest FIRST_PAGE = new PageRequest(0, 50);

  private AuditBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args see {@link AuditOptions#USAGE}
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Locale.setDefault(Locale.ROOT);
    AuditOptions options = AuditOptions.parse(args);
    StringBuilder report = new StringBuilder();
    line(
        report,
        "FitLedger audit benchmark, %s, %d cores, load average %s",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        Runtime.getRuntime().availableProcessors(),
        CpuMeter.loadAverage());
    try (SingleConnectionDataSource db = dataSource(options)) {
      JdbcClient jdbc = JdbcClient.create(db);
      // As the gateway's connections (spring.datasource.hikari.connection-init-sql).
      jdbc.sql("set jit = off").update();
      line(
          report,
          "%s; jit off, as on the gateway's connections",
          jdbc.sql("select version()").query(String.class).single());
      if (!options.reuse()) {
        load(options, db, jdbc, report);
      } else {
        long start = System.nanoTime();
        int applied = migrate(options, db);
        if (applied > 0) {
          jdbc.sql("vacuum analyze").update();
        }
        line(
            report,
            "measuring the earlier load in schema %s; %d migration(s) applied to it%s in %.0f s",
            options.schema(),
            applied,
            applied > 0 ? ", then vacuum analyze," : "",
            (System.nanoTime() - start) / 1e9);
      }
      sizes(jdbc, report);
      measure(options, jdbc, report);
    }
    String text = report.toString();
    System.out.print(text);
    if (options.out() != null) {
      Path out = options.out().toAbsolutePath();
      Files.createDirectories(out.getParent());
      Files.writeString(out, text);
      System.err.println("written to " + out);
    }
  }

  private static SingleConnectionDataSource dataSource(AuditOptions options) {
    String url =
        options.dbUrl()
            + (options.dbUrl().contains("?") ? "&" : "?")
            + "currentSchema="
            + options.schema();
    SingleConnectionDataSource db =
        new SingleConnectionDataSource(url, options.dbUser(), options.dbPassword(), true);
    db.setAutoCommit(true);
    return db;
  }

  private static void load(
      AuditOptions options, SingleConnectionDataSource db, JdbcClient jdbc, StringBuilder report) {
    jdbc.sql("drop schema if exists " + options.schema() + " cascade").update();
    jdbc.sql("create schema " + options.schema()).update();
    migrate(options, db);
    LedgerSimulation simulation =
        new LedgerSimulation(options.equipment(), options.patrols(), options.perPatrol());
    BulkLoader loader = new BulkLoader(db, options.blockSize());
    long start = System.nanoTime();
    long[] reported = {0};
    simulation.run(
        (name, tx, payload) -> {
          loader.accept(name, tx, payload);
          if (loader.events() >= reported[0] + 50_000) {
            reported[0] = loader.events();
            System.err.printf(
                "%d events projected, %.0f s%n",
                loader.events(), (System.nanoTime() - start) / 1e9);
          }
        });
    loader.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    long vacuum = System.nanoTime();
    jdbc.sql("vacuum analyze").update();
    line(
        report,
        "loaded %d ledger events (%d records, %d tickets opened) in %d blocks of up to %d events"
            + " through the gateway's projections in %.0f s (%.0f events/s); vacuum analyze %.0f s",
        loader.events(),
        loader.records(),
        simulation.tickets(),
        loader.blocks(),
        options.blockSize(),
        seconds,
        loader.events() / seconds,
        (System.nanoTime() - vacuum) / 1e9);
  }

  /** Migrates the schema with the gateway's migrations; answers how many were applied. */
  private static int migrate(AuditOptions options, SingleConnectionDataSource db) {
    return Flyway.configure()
        .dataSource(db)
        .schemas(options.schema())
        .defaultSchema(options.schema())
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  private static void sizes(JdbcClient jdbc, StringBuilder report) {
    line(report, "rows and size (table + indexes) in the index:");
    for (String table :
        List.of(
            "equipment",
            "patrols",
            "inspections",
            "equipment_coverage",
            "inspection_months",
            "tickets",
            "ticket_steps")) {
      line(
          report,
          "  %-17s %,10d rows %,8d MB",
          table,
          jdbc.sql("select count(*) from " + table).query(Long.class).single(),
          jdbc.sql("select pg_total_relation_size(?::regclass) / 1048576")
              .param(table)
              .query(Long.class)
              .single());
    }
  }

  private static void measure(AuditOptions options, JdbcClient jdbc, StringBuilder report) {
    Person supervisor = supervisorOf("SH");
    AuditScope scope = AuditScope.of(supervisor, null);
    List<String> city = scope.prefixes();
    Instant at = options.at();
    // The month, quarter and year that hold the moment before it: those of the simulated year's
    // end are November, the fourth quarter and 2026.
    ZonedDateTime before = at.minusMillis(1).atZone(ZoneOffset.UTC);
    Period month = Period.parse(YearMonth.from(before).toString());
    Period quarter = Period.parse(before.getYear() + "-Q" + (before.getMonthValue() + 2) / 3);
    Period year = Period.parse(Integer.toString(before.getYear()));
    CoverageRepository coverage = new CoverageRepository(jdbc);
    SlaRepository sla = new SlaRepository(jdbc);
    DiligenceRepository diligence = new DiligenceRepository(jdbc);
    String inspector = options.inspector();
    List<QueryTiming> timings = new ArrayList<>();
    int warmup = options.warmup();
    int runs = options.runs();
    for (int depth = 1; depth <= AuditScope.LEVELS; depth++) {
      int d = depth;
      timings.add(
          QueryTiming.measure(
              "coverage, depth " + depth + ", all levels",
              warmup,
              runs,
              () -> coverage.report(city, d, ALL_LEVELS, at).size()));
    }
    timings.add(
        paged(
            "coverage overdue, first page",
            warmup,
            runs,
            () -> coverage.overdue(city, ALL_LEVELS, at, FIRST_PAGE)));
    timings.add(
        QueryTiming.measure(
            "sla by company, month",
            warmup,
            runs,
            () -> sla.report(city, month, SlaRepository.BY_COMPANY, 0, at).size()));
    timings.add(
        QueryTiming.measure(
            "sla by district (depth 2), month",
            warmup,
            runs,
            () -> sla.report(city, month, SlaRepository.BY_DISTRICT, 2, at).size()));
    timings.add(
        paged(
            "sla steps (late, GREENFIX), first page",
            warmup,
            runs,
            () ->
                sla.steps(
                    city,
                    month,
                    "GREENFIX",
                    List.of(SlaStep.ACKNOWLEDGE, SlaStep.MAKE_SAFE, SlaStep.REPAIR),
                    false,
                    FIRST_PAGE)));
    timings.add(
        QueryTiming.measure(
            "diligence, month", warmup, runs, () -> diligence.report(city, month).size()));
    timings.add(
        paged(
            "diligence inspections (beyond tolerance), first page",
            warmup,
            runs,
            () -> diligence.inspections(city, month, inspector, true, FIRST_PAGE)));
    timings.add(
        QueryTiming.measure(
            "sla by company, quarter",
            warmup,
            runs,
            () -> sla.report(city, quarter, SlaRepository.BY_COMPANY, 0, at).size()));
    timings.add(
        QueryTiming.measure(
            "sla by company, year",
            warmup,
            runs,
            () -> sla.report(city, year, SlaRepository.BY_COMPANY, 0, at).size()));
    timings.add(
        QueryTiming.measure(
            "diligence, quarter", warmup, runs, () -> diligence.report(city, quarter).size()));
    timings.add(
        QueryTiming.measure(
            "diligence, year", warmup, runs, () -> diligence.report(city, year).size()));
    Instant past = at.atZone(ZoneOffset.UTC).minusMonths(6).toInstant();
    timings.add(
        QueryTiming.measure(
            "coverage, depth 2, as of 6 months before",
            Math.min(warmup, 2),
            Math.max(5, runs / 10),
            () -> coverage.report(city, 2, ALL_LEVELS, past).size()));
    check(jdbc, diligence, city, year, report);
    for (Instant instant :
        List.of(past, past.plus(Duration.between(past, at).dividedBy(2)).plusMillis(500), at)) {
      line(
          report,
          "check: coverage of %s at depth 2 as of %s = a count from the inspections: %d rows",
          city,
          instant,
          CoverageCheck.verify(jdbc, city, 2, instant));
    }
    line(
        report,
        "%nqueries of a supervisor of city SH (district scope %s), at %s; %d untimed runs, then"
            + " %d timed runs each, one after another, through the audit repositories over one"
            + " JDBC connection (no HTTP); load average before: %s",
        city,
        at,
        warmup,
        runs,
        CpuMeter.loadAverage());
    line(
        report,
        "%n%-56s %18s %5s %8s %8s %8s %8s",
        "query",
        "answer",
        "runs",
        "p50 ms",
        "p99 ms",
        "mean ms",
        "max ms");
    for (QueryTiming t : timings) {
      line(
          report,
          "%-56s %18s %5d %8.1f %8.1f %8.1f %8.1f",
          t.name(),
          t.rows(),
          t.nanos().length,
          t.percentile(50),
          t.percentile(99),
          t.mean(),
          t.max());
    }
    line(report, "%nload average after: %s", CpuMeter.loadAverage());
  }

  /** The diligence figures, from the tallies, equal a count of the inspections themselves. */
  private static void check(
      JdbcClient jdbc,
      DiligenceRepository diligence,
      List<String> city,
      Period period,
      StringBuilder report) {
    long[] tallied = {0, 0};
    diligence
        .report(city, period)
        .forEach(
            r -> {
              tallied[0] += r.inspections();
              tallied[1] += r.beyondTolerance();
            });
    List<Long> counted =
        jdbc.sql(
                "select count(*) as n, count(*) filter (where not within_tolerance) as beyond"
                    + " from inspections where recorded_ts >= ?::timestamptz"
                    + " and recorded_ts < ?::timestamptz and district_path like ?")
            .params(period.from().toString(), period.to().toString(), city.get(0) + "/%")
            .query((rs, row) -> List.of(rs.getLong("n"), rs.getLong("beyond")))
            .single();
    if (tallied[0] != counted.get(0) || tallied[1] != counted.get(1)) {
      throw new IllegalStateException(
          "diligence tallies " + List.of(tallied[0], tallied[1]) + " != inspections " + counted);
    }
    line(
        report,
        "check: diligence of %s %s from the tallies = a count of the inspections: %d inspections,"
            + " %d beyond tolerance",
        city,
        period.id(),
        tallied[0],
        tallied[1]);
  }

  private static QueryTiming paged(
      String name, int warmup, int runs, java.util.function.Supplier<Paged<?>> query) {
    long[] total = {0};
    QueryTiming timing =
        QueryTiming.measure(
            name,
            warmup,
            runs,
            () -> {
              Paged<?> page = query.get();
              total[0] = page.total();
              return page.items().size();
            });
    return timing.answering(timing.rows() + " of " + total[0]);
  }

  private static Person supervisorOf(String district) {
    return new Person(
        "supervisor1",
        "AuthorityMSP",
        "supervisor",
        Path.of("/nonexistent/cert.pem"),
        Path.of("/nonexistent/key.pem"),
        PasswordHash.of("unused", new byte[16], 1000),
        List.of(district),
        null);
  }

  private static void line(StringBuilder report, String format, Object... args) {
    report.append(String.format(format, args)).append('\n');
  }
}
