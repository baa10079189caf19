/**
 * Fault tickets: opening and the lifecycle transitions on the ledger ({@code /api/v1/tickets},
 * {@code POST /api/v1/tickets/{id}/acknowledgement}, ...), reads from the index within the person's
 * scope, histories from the ledger, and the projection of {@code ticket} records into tickets,
 * steps and evidence.
 */
package org.fitledger.gateway.ticket;
