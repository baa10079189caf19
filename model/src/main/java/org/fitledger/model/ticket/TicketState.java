package org.fitledger.model.ticket;

import org.fitledger.model.people.NextActor;

/**
 * Where a ticket is in its lifecycle. {@link #CLOSED} and {@link #CANCELLED} are terminal.
 *
 * <pre>
 * OPEN -ack-> ACKNOWLEDGED -(critical: make safe)-> MADE_SAFE -repair-> REPAIRED -accept-> CLOSED
 *                  ^------------------- reject (rework + 1) -------------------|
 * </pre>
 */
public enum TicketState {
  OPEN,
  ACKNOWLEDGED,
  MADE_SAFE,
  REPAIRED,
  CLOSED,
  CANCELLED;

  /** Whether the ticket still needs work. */
  public boolean isOpen() {
    return this != CLOSED && this != CANCELLED;
  }

  /** Whose organization must endorse, with the authority, the next change in this state. */
  public NextActor nextActor() {
    if (!isOpen()) {
      return NextActor.NONE;
    }
    return this == REPAIRED ? NextActor.INSPECTOR : NextActor.CONTRACTOR;
  }
}
