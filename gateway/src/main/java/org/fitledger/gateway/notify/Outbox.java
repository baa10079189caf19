package org.fitledger.gateway.notify;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the outbox rows of an event: one per channel of each recipient who asked for its kind
 * ({@link OutboxRow#rows}). It writes through the caller's transaction: the indexer's for a
 * ticket's step, so that the rows commit with the ticket's own, or none do.
 *
 * <p>{@code outbox.write(event.key(), event.notice())}
 */
@Component
class Outbox {
  private final Recipients recipients;
  private final PreferencesRepository preferences;
  private final OutboxRepository rows;

  Outbox(Recipients recipients, PreferencesRepository preferences, OutboxRepository rows) {
    this.recipients = recipients;
    this.preferences = preferences;
    this.rows = rows;
  }

  /** Writes the event's rows not yet written; answers how many were new. */
  int write(String eventKey, Notice notice) {
    List<String> to = recipients.of(notice);
    if (to.isEmpty()) {
      return 0;
    }
    return rows.insert(OutboxRow.rows(eventKey, notice, to, preferences.of(to)));
  }
}
