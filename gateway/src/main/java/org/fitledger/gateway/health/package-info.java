/** Actuator health of the ledger side: whether any organization's peer answers. */
package org.fitledger.gateway.health;
