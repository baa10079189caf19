/**
 * Patrols: an inspector records one on the ledger ({@code POST /api/v1/patrols}, idempotent by the
 * client-chosen id) and anyone reads it from the index ({@code GET /api/v1/patrols/{id}}), with the
 * projection of {@code PatrolRecorded} events.
 */
package org.fitledger.gateway.patrol;
