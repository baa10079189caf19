/**
 * Equipment: registering a piece on the ledger ({@code POST /api/v1/equipment}) and reading it from
 * the index ({@code GET /api/v1/equipment/{id}}), with the projection of {@code
 * EquipmentRegistered} events.
 */
package org.fitledger.gateway.equipment;
