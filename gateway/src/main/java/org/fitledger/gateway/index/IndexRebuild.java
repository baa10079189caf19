package org.fitledger.gateway.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./fitledger index rebuild}: replays the ledger from block 0 into a fresh schema and proves
 * the result identical to the live index. It runs as its own process, whose connections use the
 * rebuild schema ({@code spring.datasource.hikari.schema}), with {@code
 * fitledger.index.rebuild.live-schema} naming the live one. Flyway empties and migrates the rebuild
 * schema at start; the indexer of this process, under its own lock, replays every block; once the
 * rebuild has reached the live index's checkpoint, both are checksummed in one snapshot in which
 * their checkpoints are equal. It reports the replay rate and every table's row count and checksum,
 * writes the report to {@code fitledger.index.rebuild.report}, and exits 0 when every table
 * matches.
 */
@Component
@ConditionalOnProperty("fitledger.index.rebuild.live-schema")
class IndexRebuild implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
  // contact_purges is the gateway's own record of the contacts it purged, not a projection: a purge
  // writes no public record to replay. Nor are the notification tables (notify/): preferences are
  // set through the API, not the ledger, and the outbox's delivery state (attempts, sent) is the
  // senders'; a rebuild's schema starts them empty, so its replay writes no outbox row. Nor are the
  // certificates people enrolled from their devices (enrol/): the CA issued them, the ledger shows
  // only those that have signed something.
  private static final List<String> NOT_COMPARED =
      List.of(
          "flyway_schema_history",
          "index_checkpoint",
          "contact_purges",
          "notification_preferences",
          "notification_outbox",
          "enrolled_certificates");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final TransactionTemplate snapshot;
  private final IndexCheckpoint checkpoint;
  private final ApplicationContext context;
  private final String liveSchema;
  private final String channel;
  private final Path report;
  private final Duration timeout;
  private final DeferredIndexes deferredIndexes;
  private final DeferredProjections deferredProjections;

  IndexRebuild(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      IndexCheckpoint checkpoint,
      ApplicationContext context,
      NetworkConfig network,
      @Value("${fitledger.index.rebuild.live-schema}") String liveSchema,
      @Value("${fitledger.index.rebuild.report:}") String report,
      @Value("${fitledger.index.rebuild.timeout:2h}") Duration timeout,
      DeferredIndexes deferredIndexes,
      DeferredProjections deferredProjections) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.checkpoint = checkpoint;
    this.snapshot =
        new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.snapshot.setReadOnly(true);
    this.context = context;
    this.liveSchema = liveSchema;
    this.channel = network.channel();
    this.report = report.isBlank() ? null : Path.of(report);
    this.timeout = timeout;
    this.deferredIndexes = deferredIndexes;
    this.deferredProjections = deferredProjections;
  }

  /** The inspections' secondary indexes, dropped after migrating and built after the replay. */
  @Bean
  static DeferredIndexes deferredIndexes() {
    return new DeferredIndexes();
  }

  /** The projections derived after the replay rather than projected while it runs. */
  @Bean
  static DeferredProjections deferredProjections(List<RecordProjection> projections) {
    return new DeferredProjections(projections);
  }

  /**
   * The rebuild starts from an empty schema: Flyway drops what a previous rebuild left. The
   * inspections' secondary indexes are built after the replay ({@link DeferredIndexes}).
   */
  @Bean
  static FlywayMigrationStrategy cleanThenMigrate(DeferredIndexes deferred) {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
      deferred.drop(flyway.getConfiguration().getDataSource());
    };
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    String schema = jdbc.sql("select current_schema()").query(String.class).single();
    if (schema.equals(liveSchema)) {
      throw new IllegalStateException("the rebuild schema must not be the live schema " + schema);
    }
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    long target = checkpoint(liveSchema);
    log.info(
        "rebuilding {} from block 0; the live index {} is at block {}", schema, liveSchema, target);
    while (checkpoint(schema) < target) {
      pause(deadline);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long deriving = System.nanoTime();
    // Under the checkpoint's lock no block is projected between the rows read and the deferral's
    // end.
    int projections =
        Objects.requireNonNull(
            transactions.execute(
                status -> {
                  checkpoint.lockLast(channel);
                  return deferredProjections.derive();
                }));
    double derivation = (System.nanoTime() - deriving) / 1e9;
    long building = System.nanoTime();
    int built = deferredIndexes.build(jdbc);
    double indexing = (System.nanoTime() - building) / 1e9;
    long transactions = count(schema, "index_transactions");
    long patrols = count(schema, "patrols");
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "replayed blocks 0..%d: %d FitLedger transactions in %.1f s, %.0f transactions/s;"
                + " %d of them patrols, %.0f patrols/s%n",
            target, transactions, seconds, transactions / seconds, patrols, patrols / seconds));
    out.append(
        String.format(
            "then the rows of the projections skipped while replaying (%d) derived from the"
                + " replayed ones in %.1f s, and %d secondary indexes of the inspections built in"
                + " %.1f s; with them, %.0f patrols/s%n",
            projections, derivation, built, indexing, patrols / (seconds + derivation + indexing)));
    Map<String, String[]> sums = null;
    while (sums == null) {
      sums = snapshot.execute(status -> compareWhenEqual(schema));
      if (sums == null) {
        pause(deadline);
      }
    }
    boolean identical = true;
    out.append(
        String.format("%-30s %-44s %s%n", "table", "live " + liveSchema, "rebuilt " + schema));
    for (Map.Entry<String, String[]> table : sums.entrySet()) {
      String[] pair = table.getValue();
      boolean same = pair[0].equals(pair[1]);
      identical &= same;
      out.append(
          String.format(
              "%-30s %-44s %s%s%n", table.getKey(), pair[0], pair[1], same ? "" : "  DIFFERENT"));
    }
    out.append(identical ? "IDENTICAL: the rebuilt index equals the live index\n" : "DIFFERENT\n");
    System.out.print(out);
    if (report != null) {
      Files.createDirectories(report.toAbsolutePath().getParent());
      Files.writeString(report, out);
    }
    int code = identical ? 0 : 1;
    System.exit(SpringApplication.exit(context, () -> code));
  }

  /** Checksums of both schemas if, in this snapshot, both are at the same block; else null. */
  private Map<String, String[]> compareWhenEqual(String schema) {
    long live = checkpoint(liveSchema);
    long rebuilt = checkpoint(schema);
    if (live != rebuilt) {
      return null;
    }
    Map<String, String[]> sums = new LinkedHashMap<>();
    sums.put("index_checkpoint", new String[] {"block " + live, "block " + rebuilt});
    List<String> tables =
        jdbc.sql(
                "select table_name from information_schema.tables where table_schema = ?"
                    + " and table_type = 'BASE TABLE' order by table_name")
            .param(liveSchema)
            .query(String.class)
            .list();
    for (String table : tables) {
      if (!NOT_COMPARED.contains(table)) {
        sums.put(table, new String[] {checksum(liveSchema, table), checksum(schema, table)});
      }
    }
    return sums;
  }

  /** The row count and an order-independent MD5 of a table's rows. */
  private String checksum(String schema, String table) {
    return jdbc.sql(
            "select count(*) || ' rows ' || coalesce(md5(string_agg(h, '' order by h)), '-')"
                + " from (select md5(t::text) as h from "
                + quoted(schema)
                + "."
                + quoted(table)
                + " t) rows")
        .query(String.class)
        .single();
  }

  private long checkpoint(String schema) {
    return jdbc.sql(
            "select coalesce(max(block_number), -1) from "
                + quoted(schema)
                + ".index_checkpoint where channel = ?")
        .param(channel)
        .query(Long.class)
        .single();
  }

  private long count(String schema, String table) {
    return jdbc.sql("select count(*) from " + quoted(schema) + "." + quoted(table))
        .query(Long.class)
        .single();
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static void pause(long deadline) throws InterruptedException {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException("the rebuild did not catch up with the live index in time");
    }
    Thread.sleep(50);
  }
}
