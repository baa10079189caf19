package org.fitledger.gateway.ticket;

import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes {@code ticket} records into tables {@code tickets}, {@code ticket_steps}, evidence. */
@Component
public class TicketProjection implements RecordProjection {
  private final TicketRepository repository;

  TicketProjection(TicketRepository repository) {
    this.repository = repository;
  }

  /**
   * The projection writing through a client of one's own, exactly as the indexer runs it: for bulk
   * loads of ledger records outside the indexer, such as the audit benchmark's.
   */
  public static RecordProjection over(JdbcClient jdbc) {
    return new TicketProjection(new TicketRepository(jdbc));
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
