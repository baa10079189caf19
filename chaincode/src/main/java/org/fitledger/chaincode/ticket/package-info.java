/**
 * Fault tickets: opened by a DEFECT inspection or a supervisor, assigned to the company of the
 * covering contract, and carried through acknowledge, make safe, repair and verification with
 * deadlines fixed at opening. {@link org.fitledger.chaincode.ticket.TicketService} opens and reads
 * them, {@link org.fitledger.chaincode.ticket.TicketLifecycle} moves them on.
 */
package org.fitledger.chaincode.ticket;
