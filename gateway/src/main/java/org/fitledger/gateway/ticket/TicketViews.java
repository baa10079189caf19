package org.fitledger.gateway.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.people.Scope;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.TicketAction;
import org.fitledger.model.ticket.TicketState;
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
    ArrayNode actions = view.putArray("allowedActions");
    allowed(view, scope).forEach(action -> actions.add(action.name()));
    Optional<NextStep> next = NextStep.of(view);
    if (next.isPresent()) {
      view.putObject("nextStep")
          .put("step", next.get().step())
          .put("deadline", next.get().deadline());
    } else {
      view.putNull("nextStep");
    }
    return view;
  }

  private static List<TicketAction> allowed(ObjectNode view, Scope scope) {
    Optional<TicketState> state = known(TicketState.class, RecordJson.text(view, "state"));
    Optional<Severity> severity = known(Severity.class, RecordJson.text(view, "severity"));
    if (scope.role().isEmpty() || state.isEmpty() || severity.isEmpty()) {
      return List.of();
    }
    return TicketAction.allowedFor(
        scope.role().get(), state.get(), severity.get(), RecordJson.flag(view, "madeSafe"));
  }

  /** The constant named {@code name}, if there is one. */
  static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }
}
