package org.fitledger.gateway.ticket;

import java.util.Map;
import java.util.Optional;
import org.fitledger.model.ticket.Deadlines;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.ticket.TicketAction;
import org.fitledger.model.ticket.TicketState;

/**
 * The contractor step a ticket waits for ({@link TicketAction#awaited}), with its deadline, as the
 * index stores and the API names it. A ticket without deadlines (no covering contract) waits for no
 * contractor step. Once the deadline has passed, the ticket is overdue, and {@code step} names the
 * step it is overdue for.
 *
 * <p>{@code NextStep.of(TicketState.OPEN, Severity.MAJOR, false, new
 * Deadlines("2026-11-22T10:00:00Z", null, "2026-11-28T10:00:00Z"))} is {@code acknowledge} by
 * {@code 2026-11-22T10:00:00Z}.
 *
 * @param step {@code acknowledge}, {@code makeSafe} or {@code repair}
 * @param deadline the step's deadline, ISO-8601 as the ledger wrote it
 */
record NextStep(String step, String deadline) {
  /** The contractor steps by the names the index stores and the API answers. */
  private static final Map<TicketAction, String> NAMES =
      Map.of(
          TicketAction.ACKNOWLEDGE, "acknowledge",
          TicketAction.MAKE_SAFE, "makeSafe",
          TicketAction.CONFIRM_REPAIR, "repair");

  /** The next step of a ticket, if it waits for one with a deadline. */
  static Optional<NextStep> of(Ticket ticket) {
    return of(ticket.state(), ticket.severity(), ticket.madeSafe(), ticket.deadlines());
  }

  /**
   * The next step of a ticket, if it waits for one with a deadline ({@link TicketAction#awaited}).
   *
   * @param state the ticket's state
   * @param severity how bad its fault is
   * @param madeSafe whether it was made safe
   * @param deadlines its deadlines, or null when no contract covered it
   */
  static Optional<NextStep> of(
      TicketState state, Severity severity, boolean madeSafe, Deadlines deadlines) {
    if (state == null || severity == null || deadlines == null) {
      return Optional.empty();
    }
    return TicketAction.awaited(state, severity, madeSafe)
        .filter(step -> deadlines.of(step) != null)
        .map(step -> new NextStep(NAMES.get(step), deadlines.of(step)));
  }
}
