package org.fitledger.gateway.equipment;

import java.util.List;
import org.fitledger.gateway.people.Scope;
import org.fitledger.model.equipment.EquipmentAction;
import org.fitledger.model.equipment.EquipmentStatus;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A piece of equipment as the index holds it.
 *
 * @param view the ledger record plus its derived {@code status}, {@code openTickets} and {@code
 *     blockNumber}
 * @param districtPath where it stands
 * @param ticketCompanies the companies its tickets are assigned to
 * @param status whether it may be used
 * @param openTickets whether any ticket of it is still open
 */
record IndexedEquipment(
    ObjectNode view,
    String districtPath,
    List<String> ticketCompanies,
    EquipmentStatus status,
    boolean openTickets) {

  /**
   * The view for a person who may read it, with {@code allowedActions} added in place: what they
   * may do with it now ({@link EquipmentAction#allowedFor}), e.g. {@code ["INSPECT"]} for an
   * inspector. Each query reads its own views, so none is shared between readers.
   */
  ObjectNode viewFor(Scope scope) {
    ArrayNode actions = view.putArray("allowedActions");
    scope
        .role()
        .map(role -> EquipmentAction.allowedFor(role, status, openTickets))
        .orElse(List.of())
        .forEach(action -> actions.add(action.name()));
    return view;
  }
}
