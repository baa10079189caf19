package org.fitledger.gateway.equipment;

/**
 * The body of {@code POST /api/v1/equipment/{id}/retirement}.
 *
 * @param reason why it is retired
 */
record Retirement(String reason) {}
