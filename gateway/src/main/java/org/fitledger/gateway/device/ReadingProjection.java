package org.fitledger.gateway.device;

import java.util.Optional;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.model.device.DeviceFault;
import org.fitledger.model.device.Reading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes each {@code reading} record, read as the model's {@link Reading}, into {@code readings}.
 */
@Component
class ReadingProjection implements RecordProjection {
  private final JdbcClient jdbc;

  ReadingProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "reading";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    Reading reading = RecordJson.decode(record, Reading.class);
    jdbc.sql(
            "insert into readings (id, equipment_id, district_path, device, usage_count,"
                + " fault_code, ticket_id, recorded_ts, tx_id, block_number, record)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?::json)"
                + " on conflict (id) do update set record = excluded.record,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number")
        .params(
            reading.id(),
            reading.equipmentId(),
            reading.districtPath(),
            reading.device(),
            reading.usageCount(),
            Optional.ofNullable(reading.fault()).map(DeviceFault::code).orElse(null),
            reading.ticketId(),
            reading.recordedAt(),
            reading.txId(),
            event.blockNumber(),
            RecordJson.write(record))
        .update();
  }
}
