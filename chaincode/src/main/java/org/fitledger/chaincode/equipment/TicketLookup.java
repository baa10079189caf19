package org.fitledger.chaincode.equipment;

import org.fitledger.chaincode.shared.TransactionContext;

/**
 * What the equipment registry needs to know about a piece of equipment's tickets. The ticket
 * feature implements it, so that equipment does not depend on tickets.
 *
 * <pre>{@code
 * boolean busy = tickets.hasOpenTickets(tx, "EQ-1");
 * }</pre>
 */
public interface TicketLookup {

  /** Whether a ticket of the equipment is neither closed nor cancelled. */
  boolean hasOpenTickets(TransactionContext tx, String equipmentId);

  /** Whether an open CRITICAL ticket of the equipment has been made safe. */
  boolean hasOpenMadeSafeCriticalTicket(TransactionContext tx, String equipmentId);
}
