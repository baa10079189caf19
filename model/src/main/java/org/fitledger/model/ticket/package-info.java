/**
 * A fault ticket's lifecycle: its states, how bad its fault is, the steps taken on it, and who may
 * take which step when ({@link org.fitledger.model.ticket.TicketAction}).
 */
package org.fitledger.model.ticket;
