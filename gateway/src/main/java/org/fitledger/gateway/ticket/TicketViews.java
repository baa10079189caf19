package org.fitledger.gateway.ticket;

import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.people.Scope;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.ticket.TicketAction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a ticket's answer adds to its ledger record for the person reading it: {@code
 * allowedActions}, the steps they may take now ({@link TicketAction#allowedFor}), and {@code
 * nextStep}, the contractor step it waits for with its deadline, or null. A person reads only
 * tickets in their scope, so the rule of the role is all that is left to apply.
 *
 * <p>For the assigned company's contractor, an OPEN ticket reads {@code "allowedActions":
 * ["ACKNOWLEDGE"], "nextStep": {"step": "acknowledge", "deadline": "2026-11-22T14:00:00Z"}}.
 */
final class TicketViews {
  private TicketViews() {}

  /** Adds both fields to the view, in place, and returns it. */
  static ObjectNode forReader(ObjectNode view, Scope scope) {
    Ticket ticket = RecordJson.decode(view, Ticket.class);
    ArrayNode actions = view.putArray("allowedActions");
    allowed(ticket, scope).forEach(action -> actions.add(action.name()));
    Optional<NextStep> next = NextStep.of(ticket);
    if (next.isPresent()) {
      view.putObject("nextStep")
          .put("step", next.get().step())
          .put("deadline", next.get().deadline());
    } else {
      view.putNull("nextStep");
    }
    return view;
  }

  private static List<TicketAction> allowed(Ticket ticket, Scope scope) {
    if (scope.role().isEmpty() || ticket.state() == null || ticket.severity() == null) {
      return List.of();
    }
    return TicketAction.allowedFor(
        scope.role().get(), ticket.state(), ticket.severity(), ticket.madeSafe());
  }
}
