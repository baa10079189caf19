package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./fitledger index rebuild} on the test stack's ledger, as the other ITs left it: every
 * block replayed from 0 into the schema {@code index_rebuild} equals the live index table by table,
 * (the audit's patrol figures included, which the rebuild derives from the replayed inspections at
 * the end), and the rebuilt schema ends with exactly the live one's indexes, those it built only
 * after the replay included.
 */
class IndexRebuildIT {

  @Test
  void the_index_rebuilt_from_block_0_equals_the_live_one_and_has_the_same_indexes()
      throws Exception {
    LedgerCli.Result rebuilt = LedgerCli.rebuildIndex();

    assertThat(rebuilt.exitCode()).as(rebuilt.output()).isZero();
    assertThat(rebuilt.output())
        .contains("IDENTICAL: the rebuilt index equals the live index")
        .contains("then the rows of the projections skipped while replaying (1) derived from the")
        .containsPattern("and [1-9][0-9]* secondary indexes of the inspections built");
    List<String> live = indexes("public");
    assertThat(live).anyMatch(index -> index.startsWith("inspections_inspector_recorded "));
    assertThat(indexes("index_rebuild")).isEqualTo(live);
  }

  /** Each index of a schema by name and definition, the schema's name left out. */
  private static List<String> indexes(String schema) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getenv("FITLEDGER_TEST_DB_URL"));
    dataSource.setUser(System.getenv("FITLEDGER_TEST_DB_USER"));
    dataSource.setPassword(System.getenv("FITLEDGER_TEST_DB_PASSWORD"));
    return JdbcClient.create(dataSource)
        .sql(
            "select indexname || ' ' || replace(indexdef, ' ' || schemaname || '.', ' ')"
                + " from pg_indexes where schemaname = ? and tablename <> 'flyway_schema_history'"
                + " order by indexname")
        .param(schema)
        .query(String.class)
        .list();
  }
}
