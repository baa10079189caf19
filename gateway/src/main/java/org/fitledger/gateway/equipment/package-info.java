/**
 * Equipment: register, update and retire on the ledger ({@code /api/v1/equipment}), read from the
 * index within the person's scope with the status derived from its tickets, the history from the
 * ledger, and the projection of {@code equipment} records.
 */
package org.fitledger.gateway.equipment;
