package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fitledger.gateway.audit.EquipmentAudit;
import org.fitledger.gateway.audit.PatrolAudit;
import org.fitledger.gateway.bench.LedgerSimulation;
import org.fitledger.gateway.equipment.EquipmentProjection;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.ledger.OrgPeer;
import org.fitledger.gateway.patrol.PatrolProjection;
import org.fitledger.gateway.ticket.TicketProjection;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The indexer hands a run of records of one kind to a projection at once; the index must end as if
 * each had been projected alone. A simulated year of a city's ledger (equipment, patrols with
 * defects, tickets and their steps) is projected three times on the real database, in the same
 * blocks: once with every projection made to take one record at a time, once through the
 * projections' batches, and once as a rebuild does, which derives some projections' rows from the
 * others' after replaying (here half-way); every table must hold the same rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchProjectionIT {
  private static final String CHANNEL = "maintenance";
  private static final String CHAINCODE = "fitledger";
  private static final int EVENTS_PER_BLOCK = 40;
  private static final int BLOCKS_PER_BATCH = 5;

  private final String suffix = UUID.randomUUID().toString().replace("-", "");
  private final List<String> schemas = new ArrayList<>();

  private PGSimpleDataSource dataSource(String schema) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getenv("FITLEDGER_TEST_DB_URL"));
    dataSource.setUser(System.getenv("FITLEDGER_TEST_DB_USER"));
    dataSource.setPassword(System.getenv("FITLEDGER_TEST_DB_PASSWORD"));
    if (schema != null) {
      Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
      dataSource.setCurrentSchema(schema);
      schemas.add(schema);
    }
    return dataSource;
  }

  @AfterAll
  void dropTheSchemas() {
    JdbcClient jdbc = JdbcClient.create(dataSource(null));
    schemas.forEach(schema -> jdbc.sql("drop schema " + schema + " cascade").update());
  }

  /** The simulated ledger's events, cut into blocks from block 0. */
  private static List<ParsedBlock> ledger() {
    List<LedgerEvent> events = new ArrayList<>();
    new LedgerSimulation(400, 400, 10)
        .run(
            (name, txId, payload) ->
                events.add(
                    new LedgerEvent(
                        events.size() / EVENTS_PER_BLOCK, txId, CHAINCODE, name, payload)));
    List<ParsedBlock> blocks = new ArrayList<>();
    for (int from = 0; from < events.size(); from += EVENTS_PER_BLOCK) {
      List<LedgerEvent> inBlock =
          events.subList(from, Math.min(events.size(), from + EVENTS_PER_BLOCK));
      blocks.add(new ParsedBlock(inBlock.get(0).blockNumber(), List.copyOf(inBlock), List.of()));
    }
    return blocks;
  }

  /** How the projections take the records. */
  private enum Mode {
    /** Each projection takes a run of records at once, as the indexer hands them over. */
    BATCHED,
    /** Each projection takes one record at a time (its default {@code projectAll}). */
    ONE_AT_A_TIME,
    /**
     * As a rebuild: the derived projections skip the first half of the blocks, derive their rows
     * from the others', then take the rest as the live index does.
     */
    DERIVED_HALF_WAY
  }

  /** Projects the blocks, {@value #BLOCKS_PER_BATCH} per database transaction, as the indexer. */
  private static void index(PGSimpleDataSource dataSource, List<ParsedBlock> blocks, Mode mode) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    List<RecordProjection> projections =
        List.of(
            EquipmentProjection.over(jdbc),
            PatrolProjection.over(jdbc),
            TicketProjection.over(jdbc),
            EquipmentAudit.over(jdbc),
            PatrolAudit.over(jdbc));
    if (mode == Mode.ONE_AT_A_TIME) {
      projections = projections.stream().map(BatchProjectionIT::oneAtATime).toList();
    }
    DeferredProjections deferred = new DeferredProjections(projections);
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    IndexCheckpoint checkpoint = new IndexCheckpoint(jdbc);
    BlockProjector projector =
        new BlockProjector(
            transactions,
            checkpoint,
            new IndexJournal(jdbc),
            new NetworkConfig(
                CHANNEL,
                CHAINCODE,
                Map.of("AuthorityMSP", new OrgPeer("127.0.0.1:7051", "peer0", Path.of("unused")))),
            projections,
            mode == Mode.DERIVED_HALF_WAY ? Optional.of(deferred) : Optional.empty());
    // The first block of the batch that starts the second half.
    int halfWay = blocks.size() / BLOCKS_PER_BATCH / 2 * BLOCKS_PER_BATCH;
    for (int from = 0; from < blocks.size(); from += BLOCKS_PER_BATCH) {
      if (mode == Mode.DERIVED_HALF_WAY && from == halfWay) {
        int derived =
            transactions.execute(
                status -> {
                  checkpoint.lockLast(CHANNEL);
                  return deferred.derive();
                });
        assertThat(derived).isEqualTo(1);
      }
      projector.apply(blocks.subList(from, Math.min(blocks.size(), from + BLOCKS_PER_BATCH)));
    }
  }

  /** The projection, handed one record at a time (its default {@code projectAll}). */
  private static RecordProjection oneAtATime(RecordProjection projection) {
    return new RecordProjection() {
      @Override
      public String kind() {
        return projection.kind();
      }

      @Override
      public void project(JsonNode record, LedgerEvent event) {
        projection.project(record, event);
      }
    };
  }

  /**
   * Every table's row count and an order-independent digest of its rows; the checkpoint, which
   * keeps when it was saved, by its block.
   */
  private static Map<String, String> tables(PGSimpleDataSource dataSource, String schema) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    Map<String, String> tables = new LinkedHashMap<>();
    for (String table :
        jdbc.sql(
                "select table_name from information_schema.tables where table_schema = ?"
                    + " and table_type = 'BASE TABLE'"
                    + " and table_name not in ('flyway_schema_history', 'index_checkpoint')"
                    + " order by table_name")
            .param(schema)
            .query(String.class)
            .list()) {
      tables.put(
          table,
          jdbc.sql(
                  "select count(*) || ' rows ' || coalesce(md5(string_agg(h, '' order by h)), '-')"
                      + " from (select md5(t::text) as h from "
                      + table
                      + " t) rows")
              .query(String.class)
              .single());
    }
    return tables;
  }

  @Test
  void a_ledger_projected_in_batches_or_derived_by_a_rebuild_equals_it_projected_one_at_a_time() {
    List<ParsedBlock> blocks = ledger();
    String batchedSchema = "batch_it_" + suffix;
    String singleSchema = "single_it_" + suffix;
    String derivedSchema = "derived_it_" + suffix;
    PGSimpleDataSource batched = dataSource(batchedSchema);
    PGSimpleDataSource single = dataSource(singleSchema);
    PGSimpleDataSource derived = dataSource(derivedSchema);

    index(batched, blocks, Mode.BATCHED);
    index(single, blocks, Mode.ONE_AT_A_TIME);
    index(derived, blocks, Mode.DERIVED_HALF_WAY);

    Map<String, String> expected = tables(single, singleSchema);
    assertThat(expected.get("inspections")).startsWith("4000 rows");
    assertThat(expected.get("tickets")).doesNotStartWith("0 rows");
    assertThat(expected.get("inspection_months")).doesNotStartWith("0 rows");
    assertThat(expected.get("inspection_tallies")).doesNotStartWith("0 rows");
    assertThat(tables(batched, batchedSchema)).isEqualTo(expected);
    assertThat(tables(derived, derivedSchema)).isEqualTo(expected);
    assertThat(new IndexCheckpoint(JdbcClient.create(batched)).last(CHANNEL))
        .isEqualTo(new IndexCheckpoint(JdbcClient.create(single)).last(CHANNEL))
        .hasValue(blocks.get(blocks.size() - 1).number());
  }
}
