package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An index migrated by an earlier FitLedger, under a migration's old file name, migrates on. */
class MigrationNamesIT {
  private final String schema =
      "migration_names_it_" + UUID.randomUUID().toString().replace("-", "");
  private final PGSimpleDataSource dataSource = dataSource();
  private final JdbcClient jdbc = JdbcClient.create(dataSource);
  private final Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).load();

  private static PGSimpleDataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getenv("FITLEDGER_TEST_DB_URL"));
    dataSource.setUser(System.getenv("FITLEDGER_TEST_DB_USER"));
    dataSource.setPassword(System.getenv("FITLEDGER_TEST_DB_PASSWORD"));
    return dataSource;
  }

  @AfterEach
  void dropTheSchema() {
    jdbc.sql("drop schema if exists " + schema + " cascade").update();
  }

  private List<String> descriptions() {
    return jdbc.sql(
            "select description from "
                + schema
                + ".flyway_schema_history where version is not null order by installed_rank")
        .query(String.class)
        .list();
  }

  /** The history as a FitLedger that still had the old file names left it. */
  private void asAnEarlierFitLedgerLeftIt() {
    flyway.migrate();
    for (MigrationNames.Rename rename : MigrationNames.RENAMES) {
      jdbc.sql("update " + schema + ".flyway_schema_history set description = ? where version = ?")
          .params(rename.was(), rename.version())
          .update();
    }
  }

  @Test
  void flyway_alone_refuses_the_history_that_names_a_renamed_file_by_its_old_name() {
    asAnEarlierFitLedgerLeftIt();

    assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
  }

  @Test
  void the_renames_bring_the_history_in_line_and_the_index_migrates_on() {
    asAnEarlierFitLedgerLeftIt();
    List<String> before = descriptions();

    MigrationNames.renameThenMigrate().migrate(flyway);

    assertThat(before).contains("issue3 records");
    assertThat(descriptions()).contains("records").doesNotContain("issue3 records");
    assertThat(descriptions()).hasSameSizeAs(before);
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
  }

  @Test
  void a_new_index_migrates_under_todays_names_and_the_renames_change_nothing() {
    MigrationNames.renameThenMigrate().migrate(flyway);
    List<String> migrated = descriptions();

    MigrationNames.rename(flyway, MigrationNames.RENAMES);

    assertThat(migrated).contains("records").doesNotContain("issue3 records");
    assertThat(descriptions()).isEqualTo(migrated);
  }
}
