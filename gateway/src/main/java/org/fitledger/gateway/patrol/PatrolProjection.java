package org.fitledger.gateway.patrol;

import org.fitledger.gateway.index.EventProjection;
import org.fitledger.gateway.index.LedgerEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code PatrolRecorded} events into table {@code patrols}. */
@Component
class PatrolProjection implements EventProjection {
  private final PatrolRepository repository;
  private final ObjectReader reader;

  PatrolProjection(PatrolRepository repository, JsonMapper json) {
    this.repository = repository;
    this.reader =
        json.readerFor(Patrol.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @Override
  public String eventName() {
    return "PatrolRecorded";
  }

  @Override
  public void project(LedgerEvent event) {
    repository.upsert(reader.readValue(event.payload()), event.blockNumber());
  }
}
