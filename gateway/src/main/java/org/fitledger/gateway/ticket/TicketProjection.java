package org.fitledger.gateway.ticket;

import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordProjection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes {@code ticket} records into tables {@code tickets}, {@code ticket_steps}, evidence. */
@Component
class TicketProjection implements RecordProjection {
  private final TicketRepository repository;

  TicketProjection(TicketRepository repository) {
    this.repository = repository;
  }

  @Override
  public String kind() {
    return "ticket";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    repository.upsert(record, event.blockNumber());
  }
}
