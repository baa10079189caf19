package org.fitledger.gateway.ticket;

import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.model.sla.Deadlines;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.TicketAction;
import org.fitledger.model.ticket.TicketState;
import tools.jackson.databind.JsonNode;

/**
 * The contractor step a ticket waits for ({@link TicketAction#awaited}), with its deadline, as the
 * index stores and the API names it. A ticket without deadlines (no covering contract) waits for no
 * contractor step. Once the deadline has passed, the ticket is overdue, and {@code step} names the
 * step it is overdue for.
 *
 * <p>{@code NextStep.of("OPEN", "MAJOR", false, "2026-11-22T10:00:00Z", null,
 * "2026-11-28T10:00:00Z")} is {@code acknowledge} by {@code 2026-11-22T10:00:00Z}.
 *
 * @param step {@code acknowledge}, {@code makeSafe} or {@code repair}
 * @param deadline the step's deadline, ISO-8601 as the ledger wrote it
 */
public record NextStep(String step, String deadline) {
  /** The acknowledgement. */
  public static final String ACKNOWLEDGE = "acknowledge";

  /** Making a CRITICAL fault safe. */
  public static final String MAKE_SAFE = "makeSafe";

  /** The repair. */
  public static final String REPAIR = "repair";

  private static final Map<TicketAction, String> NAMES =
      Map.of(
          TicketAction.ACKNOWLEDGE, ACKNOWLEDGE,
          TicketAction.MAKE_SAFE, MAKE_SAFE,
          TicketAction.CONFIRM_REPAIR, REPAIR);

  /** The next step of a ticket record, if it waits for one with a deadline. */
  static Optional<NextStep> of(JsonNode ticket) {
    JsonNode deadlines = ticket.get("deadlines");
    return of(
        RecordJson.text(ticket, "state"),
        RecordJson.text(ticket, "severity"),
        RecordJson.flag(ticket, "madeSafe"),
        RecordJson.text(deadlines, "acknowledge"),
        RecordJson.text(deadlines, "makeSafe"),
        RecordJson.text(deadlines, "repair"));
  }

  /**
   * The next step of a ticket, if it waits for one with a deadline ({@link TicketAction#awaited}).
   *
   * @param state the ticket's state
   * @param severity {@code CRITICAL}, {@code MAJOR} or {@code MINOR}
   * @param madeSafe whether it was made safe
   * @param acknowledge the acknowledgement deadline, or null
   * @param makeSafe the make-safe deadline, or null
   * @param repair the repair deadline, or null
   */
  static Optional<NextStep> of(
      String state,
      String severity,
      boolean madeSafe,
      String acknowledge,
      String makeSafe,
      String repair) {
    Optional<TicketState> knownState = TicketViews.known(TicketState.class, state);
    Optional<Severity> knownSeverity = TicketViews.known(Severity.class, severity);
    if (knownState.isEmpty() || knownSeverity.isEmpty()) {
      return Optional.empty();
    }
    Deadlines deadlines = new Deadlines(acknowledge, makeSafe, repair);
    return TicketAction.awaited(knownState.get(), knownSeverity.get(), madeSafe)
        .filter(step -> deadlines.of(step) != null)
        .map(step -> new NextStep(NAMES.get(step), deadlines.of(step)));
  }
}
