package org.fitledger.gateway.settings;

import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes the {@code settings} record into table {@code settings}, one row. */
@Component
class SettingsProjection implements RecordProjection {
  private final JdbcClient jdbc;

  SettingsProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "settings";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    jdbc.sql(
            "insert into settings (name, tx_id, block_number, record) values ('settings', ?, ?,"
                + " ?::json) on conflict (name) do update set tx_id = excluded.tx_id,"
                + " block_number = excluded.block_number, record = excluded.record")
        .params(event.txId(), event.blockNumber(), RecordJson.write(record))
        .update();
  }
}
