package org.fitledger.gateway.verify;

/**
 * A transaction the peers committed as invalid, which the index therefore skipped.
 *
 * @param txId its id
 * @param blockNumber the block that holds it
 * @param validationCode why it is invalid, e.g. {@code MVCC_READ_CONFLICT}
 */
public record SkippedTransaction(String txId, long blockNumber, String validationCode) {}
