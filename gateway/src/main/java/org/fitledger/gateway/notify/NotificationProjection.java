package org.fitledger.gateway.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.model.ticket.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The outbox side of each ticket record the indexer projects: a ticket opened for or reassigned to
 * a company, or repaired, writes its notifications ({@link TicketEvent}) into the outbox in the
 * block's own database transaction, beside the ticket's rows. Projecting a block again writes
 * nothing new: each row's id is fixed by the event, recipient and channel.
 *
 * <p>An event older than {@code fitledger.notify.max-age} (2 days unless set) by the indexer's
 * clock is not announced: an index replayed from block 0 must not send the past again. A ticket
 * record it cannot make sense of is left to the ticket's own projection; only a failure of the
 * database fails the block.
 */
@Component
class NotificationProjection implements RecordProjection {
  private static final Logger log = LoggerFactory.getLogger(NotificationProjection.class);

  private final Outbox outbox;
  private final Duration maxAge;
  private final Clock clock;

  @Autowired
  NotificationProjection(Outbox outbox, @Value("${fitledger.notify.max-age:P2D}") Duration maxAge) {
    this(outbox, maxAge, Clock.systemUTC());
  }

  NotificationProjection(Outbox outbox, Duration maxAge, Clock clock) {
    this.outbox = outbox;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return "ticket";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    Ticket ticket;
    try {
      ticket = RecordJson.decode(record, Ticket.class);
    } catch (RuntimeException e) {
      return; // the ticket's own projection refuses it, with the reason
    }
    announce(ticket, event);
  }

  @Override
  public void projectAll(List<Written> written) {
    for (Written one : written) {
      Ticket ticket;
      try {
        ticket = one.as(Ticket.class);
      } catch (RuntimeException e) {
        continue;
      }
      announce(ticket, one.event());
    }
  }

  private void announce(Ticket ticket, LedgerEvent event) {
    Optional<TicketEvent> happened;
    try {
      happened = TicketEvent.of(ticket);
    } catch (RuntimeException e) {
      log.warn("block {}: no notification of ticket {}: {}", event.blockNumber(), ticket.id(), e);
      return;
    }
    if (happened.isEmpty()) {
      return;
    }
    TicketEvent ticketEvent = happened.get();
    Instant now = clock.instant();
    if (ticketEvent.at().isBefore(now.minus(maxAge))) {
      return;
    }
    outbox.write(ticketEvent.key(), ticketEvent.notice());
  }
}
