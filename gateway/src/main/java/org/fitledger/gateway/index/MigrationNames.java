package org.fitledger.gateway.index;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps an index made by an earlier FitLedger migratable after a migration file was renamed. Flyway
 * stores each applied migration's description, taken from its file name, and refuses to migrate
 * when a file's name no longer matches it; the renames listed here are applied to that history
 * first. A renamed file keeps its contents, so its checksum still matches.
 *
 * <p>The rebuild profile starts from an empty schema ({@link IndexRebuild#cleanThenMigrate()}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile("!rebuild")
class MigrationNames {

  /**
   * A migration whose file was renamed.
   *
   * @param version its version
   * @param was the description an earlier FitLedger recorded
   * @param is the description of its file today
   */
  record Rename(String version, String was, String is) {}

  static final List<Rename> RENAMES = List.of(new Rename("2", "issue3 records", "records"));

  @Bean
  static FlywayMigrationStrategy renameThenMigrate() {
    return flyway -> {
      rename(flyway, RENAMES);
      flyway.migrate();
    };
  }

  /** Applies {@code renames} to the schema history of {@code flyway}, if it has one yet. */
  static void rename(Flyway flyway, List<Rename> renames) {
    Configuration configuration = flyway.getConfiguration();
    String schema =
        configuration.getDefaultSchema() != null
            ? configuration.getDefaultSchema()
            : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
    String table =
        schema == null
            ? '"' + configuration.getTable() + '"'
            : '"' + schema + "\".\"" + configuration.getTable() + '"';
    JdbcClient jdbc = JdbcClient.create(configuration.getDataSource());
    boolean exists =
        jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
    if (!exists) {
      return;
    }
    for (Rename rename : renames) {
      jdbc.sql("update " + table + " set description = ? where version = ? and description = ?")
          .params(rename.is(), rename.version(), rename.was())
          .update();
    }
  }
}
