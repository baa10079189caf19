/**
 * The Fabric side of the gateway: one long-lived TLS gRPC channel per organization's peer, one
 * {@code Gateway} per person built from their own certificate and key, submit and evaluate with a
 * deadline on every call, and the mapping of every Fabric failure to a {@link
 * org.fitledger.gateway.ledger.LedgerException} that keeps the transaction id and each peer's
 * details.
 */
package org.fitledger.gateway.ledger;
