package org.fitledger.gateway.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fitledger.model.ticket.Deadlines;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;
import org.fitledger.model.ticket.Ticket;

/**
 * The notification a ticket's latest step calls for, if any: opened or reassigned to a company
 * ({@link NotificationKind#ASSIGNED}, for that company's contractors), or repaired ({@link
 * NotificationKind#AWAITS_VERIFICATION}, for the inspectors of its district). Each ledger version
 * of a ticket is written by one transaction that appended one step, so the step's position names
 * the event once and for all: {@code ticket:T-1:step:0} is the opening of T-1.
 *
 * <p>{@code TicketEvent.of(ticket)} for a ticket just opened for GREENFIX is {@code ASSIGNED} with
 * the key {@code ticket:T-1:step:0}.
 *
 * @param key the event's stable key, part of each outbox row's identity
 * @param notice what it says
 * @param at the ledger time of the step
 */
public record TicketEvent(String key, Notice notice, Instant at) {

  /** The event of the ticket's latest step, if it calls for a notification. */
  public static Optional<TicketEvent> of(Ticket ticket) {
    List<Step> steps = ticket.steps();
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    int position = steps.size() - 1;
    Step last = steps.get(position);
    NotificationKind kind;
    if ((last.action() == StepAction.OPEN || last.action() == StepAction.REASSIGN)
        && ticket.company() != null) {
      kind = NotificationKind.ASSIGNED;
    } else if (last.action() == StepAction.REPAIR) {
      kind = NotificationKind.AWAITS_VERIFICATION;
    } else {
      return Optional.empty();
    }
    Deadlines deadlines = ticket.deadlines();
    boolean assigned = kind == NotificationKind.ASSIGNED;
    Notice notice =
        new Notice(
            kind,
            ticket.id(),
            ticket.equipmentId(),
            ticket.site(),
            ticket.districtPath(),
            name(ticket.severity()),
            name(ticket.category()),
            ticket.company(),
            assigned ? "acknowledge" : "verify",
            assigned && deadlines != null ? deadlines.acknowledge() : null,
            last.at());
    Instant at;
    try {
      at = Instant.parse(last.at());
    } catch (RuntimeException e) {
      return Optional.empty(); // a step without a ledger time says nothing to tell
    }
    return Optional.of(new TicketEvent("ticket:" + ticket.id() + ":step:" + position, notice, at));
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
