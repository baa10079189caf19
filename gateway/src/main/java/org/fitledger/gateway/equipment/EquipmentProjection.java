package org.fitledger.gateway.equipment;

import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordProjection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes {@code equipment} records into table {@code equipment}. */
@Component
class EquipmentProjection implements RecordProjection {
  private final EquipmentRepository repository;

  EquipmentProjection(EquipmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public String kind() {
    return "equipment";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    repository.upsert(record, event.blockNumber());
  }
}
