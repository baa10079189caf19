package org.fitledger.gateway.verify;

/**
 * One way in which the index and the ledger disagree, or the chain does not hold.
 *
 * @param check which check found it: {@code chain}, {@code transactions}, {@code records} or {@code
 *     rows}
 * @param kind what is concerned: {@code block}, {@code transaction} or a record kind
 * @param id the block number, transaction id or record id
 * @param problem a stable name, e.g. {@code MISSING_FROM_INDEX}
 * @param detail what exactly differs
 */
record Mismatch(String check, String kind, String id, String problem, String detail) {}
