/**
 * The ledger side's health: the actuator's peer probe (whether any organization's peer answers),
 * and {@code POST /api/v1/ledger/ping}, which commits a no-op transaction through the whole write
 * path.
 */
package org.fitledger.gateway.health;
