package org.fitledger.gateway.equipment;

import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.model.equipment.Equipment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes {@code equipment} records into table {@code equipment}. */
@Component
public class EquipmentProjection implements RecordProjection {
  private final EquipmentRepository repository;

  EquipmentProjection(EquipmentRepository repository) {
    this.repository = repository;
  }

  /**
   * The projection writing through a client of one's own, exactly as the indexer runs it: for bulk
   * loads of ledger records outside the indexer, such as the audit benchmark's.
   */
  public static RecordProjection over(JdbcClient jdbc) {
    return new EquipmentProjection(new EquipmentRepository(jdbc));
  }

  @Override
  public String kind() {
    return "equipment";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    repository.upsert(
        RecordJson.decode(record, Equipment.class), RecordJson.write(record), event.blockNumber());
  }
}
