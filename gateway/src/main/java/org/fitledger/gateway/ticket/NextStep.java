package org.fitledger.gateway.ticket;

import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import tools.jackson.databind.JsonNode;

/**
 * The contractor step a ticket waits for, with its deadline: {@code OPEN} waits for the
 * acknowledgement; {@code ACKNOWLEDGED} for making safe if it is CRITICAL and not yet made safe,
 * else for the repair; {@code MADE_SAFE} for the repair. A ticket in any other state, or without
 * deadlines (no covering contract), waits for no contractor step. Once the deadline has passed, the
 * ticket is overdue, and {@code step} names the step it is overdue for.
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
   * The next step of a ticket, if it waits for one with a deadline.
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
    if (state == null) {
      return Optional.empty();
    }
    NextStep next =
        switch (state) {
          case "OPEN" -> new NextStep(ACKNOWLEDGE, acknowledge);
          case "ACKNOWLEDGED" ->
              "CRITICAL".equals(severity) && !madeSafe
                  ? new NextStep(MAKE_SAFE, makeSafe)
                  : new NextStep(REPAIR, repair);
          case "MADE_SAFE" -> new NextStep(REPAIR, repair);
          default -> null;
        };
    return next == null || next.deadline() == null ? Optional.empty() : Optional.of(next);
  }
}
