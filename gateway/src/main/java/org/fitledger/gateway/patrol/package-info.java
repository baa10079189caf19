/**
 * Patrols: an inspector records one on the ledger ({@code POST /api/v1/patrols}, idempotent by the
 * client-chosen id), read from the index within the person's districts ({@code GET
 * /api/v1/patrols/{id}}), with the projection of {@code patrol} records into patrols, inspections
 * and evidence.
 */
package org.fitledger.gateway.patrol;
