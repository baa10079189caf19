package org.fitledger.gateway.receipt;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which ticket a transaction wrote a step of, from the index's {@code ticket_steps}. */
@Component
class TicketStepRepository {
  private final JdbcClient jdbc;

  TicketStepRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The ticket whose step {@code txId} wrote, if it wrote one. */
  Optional<String> ticketOf(String txId) {
    return jdbc.sql("select ticket_id from ticket_steps where tx_id = ? limit 1")
        .param(txId)
        .query(String.class)
        .optional();
  }
}
