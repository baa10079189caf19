package org.fitledger.gateway.patrol;

import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordProjection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes {@code patrol} records into tables {@code patrols}, {@code inspections}, evidence. */
@Component
class PatrolProjection implements RecordProjection {
  private final PatrolRepository repository;

  PatrolProjection(PatrolRepository repository) {
    this.repository = repository;
  }

  @Override
  public String kind() {
    return "patrol";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    repository.upsert(record, event.blockNumber());
  }
}
