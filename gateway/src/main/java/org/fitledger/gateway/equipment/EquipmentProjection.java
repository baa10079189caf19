package org.fitledger.gateway.equipment;

import org.fitledger.gateway.index.EventProjection;
import org.fitledger.gateway.index.LedgerEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code EquipmentRegistered} events into table {@code equipment}. */
@Component
class EquipmentProjection implements EventProjection {
  private final EquipmentRepository repository;
  private final ObjectReader reader;

  EquipmentProjection(EquipmentRepository repository, JsonMapper json) {
    this.repository = repository;
    this.reader =
        json.readerFor(Equipment.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @Override
  public String eventName() {
    return "EquipmentRegistered";
  }

  @Override
  public void project(LedgerEvent event) {
    repository.upsert(reader.readValue(event.payload()), event.blockNumber());
  }
}
