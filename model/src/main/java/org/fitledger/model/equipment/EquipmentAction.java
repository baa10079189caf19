package org.fitledger.model.equipment;

import java.util.Arrays;
import java.util.List;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Role;

/**
 * What a person may do with a piece of equipment, and when: the one place the rule is written. The
 * gateway answers each person with the actions they may take now, and the field app offers only
 * those; the chaincode refuses the others (EQUIPMENT_RETIRED, TICKETS_OPEN).
 *
 * <p>{@code EquipmentAction.allowedFor(Role.SUPERVISOR, EquipmentStatus.IN_SERVICE, true)} is
 * {@code [OPEN_TICKET, UPDATE]}: equipment with open tickets is not retired.
 */
public enum EquipmentAction {
  /** An inspector of the district inspects it on a patrol. */
  INSPECT(Role.INSPECTOR, Transactions.RECORD_PATROL),
  /** A supervisor of the district opens a fault ticket on it. */
  OPEN_TICKET(Role.SUPERVISOR, Transactions.OPEN_TICKET),
  /** A supervisor of the district changes what is known of it. */
  UPDATE(Role.SUPERVISOR, Transactions.UPDATE_EQUIPMENT),
  /** A supervisor of the district takes it out of use for good, once no ticket of it is open. */
  RETIRE(Role.SUPERVISOR, Transactions.RETIRE_EQUIPMENT);

  private final Role role;
  private final String transaction;

  EquipmentAction(Role role, String transaction) {
    this.role = role;
    this.transaction = transaction;
  }

  /** The only role that may take this action (within their districts). */
  public Role role() {
    return role;
  }

  /** The chaincode transaction that takes it. */
  public String transaction() {
    return transaction;
  }

  /**
   * Whether equipment in this status may take the action: nothing is done with retired equipment,
   * and equipment is retired only without open tickets.
   */
  public boolean allowedOn(EquipmentStatus status, boolean openTickets) {
    if (status == EquipmentStatus.RETIRED) {
      return false;
    }
    return this != RETIRE || !openTickets;
  }

  /** The actions a person in {@code role} may take now on equipment in their scope, in order. */
  public static List<EquipmentAction> allowedFor(
      Role role, EquipmentStatus status, boolean openTickets) {
    return Arrays.stream(values())
        .filter(a -> a.role == role && a.allowedOn(status, openTickets))
        .toList();
  }
}
