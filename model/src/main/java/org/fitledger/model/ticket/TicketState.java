package org.fitledger.model.ticket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
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

  /** The states of a ticket that still needs work, in lifecycle order. */
  public static Set<TicketState> openStates() {
    Set<TicketState> open = EnumSet.noneOf(TicketState.class);
    Arrays.stream(values()).filter(TicketState::isOpen).forEach(open::add);
    return open;
  }

  /** Whose organization must endorse, with the authority, the next change in this state. */
  public NextActor nextActor() {
    if (!isOpen()) {
      return NextActor.NONE;
    }
    return this == REPAIRED ? NextActor.INSPECTOR : NextActor.CONTRACTOR;
  }
}
