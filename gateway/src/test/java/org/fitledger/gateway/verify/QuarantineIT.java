package org.fitledger.gateway.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.fitledger.gateway.index.BlockParser;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.StoredBlocks;
import org.flywaydb.core.Flyway;
import org.hyperledger.fabric.protos.common.Block;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an older chaincode let through cannot stall the index or break the audit. Two real blocks,
 * recorded from the chaincode before it refused such text (see {@code
 * src/test/resources/ledger/nul-note/README.md}): block 6 holds a patrol whose note has a NUL
 * character, block 7 an ordinary patrol. They go through the block indexer's projector into a fresh
 * schema of the test stack's PostgreSQL, and then through verification's reads of the index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarantineIT {
  private static final String BLOCKS = "/ledger/nul-note/";
  private static final String CHAINCODE = "fitledger";

  private final String schema = "quarantine_it_" + UUID.randomUUID().toString().replace("-", "");
  private final List<Block> blocks =
      List.of(StoredBlocks.read(BLOCKS + "block-6.pb"), StoredBlocks.read(BLOCKS + "block-7.pb"));
  private final JsonMapper json = JsonMapper.builder().build();
  private PGSimpleDataSource dataSource;
  private VerificationRepository index;

  @BeforeAll
  void projectTheStoredBlocks() {
    dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getenv("FITLEDGER_TEST_DB_URL"));
    dataSource.setUser(System.getenv("FITLEDGER_TEST_DB_USER"));
    dataSource.setPassword(System.getenv("FITLEDGER_TEST_DB_PASSWORD"));
    Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
    dataSource.setCurrentSchema(schema);
    index = new VerificationRepository(JdbcClient.create(dataSource), json);

    StoredBlocks.project(dataSource, blocks);
  }

  @AfterAll
  void dropTheSchema() {
    JdbcClient.create(dataSource).sql("drop schema " + schema + " cascade").update();
  }

  private List<LedgerEvent> events() {
    List<LedgerEvent> events = new ArrayList<>();
    blocks.forEach(block -> events.addAll(BlockParser.parse(block, CHAINCODE).events()));
    return events;
  }

  @Test
  void the_indexer_quarantines_the_patrol_it_cannot_store_and_goes_on_to_the_next_block() {
    LedgerEvent poisoned = events().get(0);
    LedgerEvent ordinary = events().get(1);

    assertThat(StoredBlocks.checkpoint(dataSource)).isEqualTo(7);
    List<QuarantinedTransaction> quarantined = index.quarantined(0, 10);
    assertThat(quarantined).hasSize(1);
    assertThat(quarantined.get(0).txId()).isEqualTo(poisoned.txId());
    assertThat(quarantined.get(0).blockNumber()).isEqualTo(6);
    assertThat(quarantined.get(0).records())
        .contains(
            "patrol/"
                + Changes.parse(poisoned.payload(), poisoned.written())
                    .get(0)
                    .record()
                    .get("id")
                    .asString());
    assertThat(quarantined.get(0).reason()).contains("/notes: U+0000 at ");

    Map<String, Long> transactions = new HashMap<>();
    index.transactions(7, transactions::put);
    assertThat(transactions).containsEntry(poisoned.txId(), 6L).containsEntry(ordinary.txId(), 7L);
    assertThat(ids(index.records(kind("patrol"))))
        .containsExactly(
            Changes.parse(ordinary.payload(), ordinary.written())
                .get(0)
                .record()
                .get("id")
                .asString());
  }

  @Test
  void verification_reads_the_whole_index_and_names_the_quarantined_transaction_not_a_mismatch() {
    assertThat(index.derivedRows()).isEmpty();
    List<Mismatch> mismatches = new ArrayList<>();
    for (RecordKinds kind : RecordKinds.ALL) {
      mismatches.addAll(
          RecordCheck.compare(kind.kind(), ledgerRecords(kind.kind()), index.records(kind))
              .mismatches());
    }

    assertThat(mismatches)
        .as(mismatches.toString())
        .extracting(Mismatch::problem)
        .containsOnly("MISSING_FROM_INDEX");
    assertThat(mismatches).isNotEmpty();
    assertThat(Verifier.unexplained(mismatches, index.quarantinedRecords())).isEmpty();
    assertThat(index.quarantined(0, 10)).hasSize(1);
  }

  /** What the ledger holds after the stored blocks: the last version of each record they wrote. */
  private RecordSource ledgerRecords(String kind) {
    TreeMap<String, JsonNode> records = new TreeMap<>();
    for (LedgerEvent event : events()) {
      for (Changes.Change change : Changes.parse(event.payload(), event.written())) {
        if (change.kind().equals(kind)) {
          // Read as verification reads world state: with the one mapper of both sides.
          records.put(
              change.record().get("id").asString(), json.readTree(change.record().toString()));
        }
      }
    }
    return (fromId, limit) -> {
      List<RecordSource.Entry> page =
          records.tailMap(fromId, true).entrySet().stream()
              .limit(limit + 1L)
              .map(e -> new RecordSource.Entry(e.getKey(), e.getValue()))
              .toList();
      return page.size() > limit
          ? new RecordSource.Page(page.subList(0, limit), page.get(limit).id())
          : new RecordSource.Page(page, null);
    };
  }

  private static RecordKinds kind(String name) {
    return RecordKinds.ALL.stream().filter(k -> k.kind().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> ids(RecordSource source) {
    List<String> ids = new ArrayList<>();
    source.all().forEachRemaining(entry -> ids.add(entry.id()));
    return ids;
  }
}
