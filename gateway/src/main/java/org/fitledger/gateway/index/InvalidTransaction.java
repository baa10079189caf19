package org.fitledger.gateway.index;

/**
 * A transaction the peers committed as invalid, which the index therefore skips: read from a block
 * by the indexer, and listed from the index by verification.
 *
 * <p>{@code new InvalidTransaction("9f2c...", 42, "MVCC_READ_CONFLICT")}
 *
 * @param txId its id
 * @param blockNumber the block that holds it
 * @param validationCode why it is invalid, e.g. {@code MVCC_READ_CONFLICT}
 */
public record InvalidTransaction(String txId, long blockNumber, String validationCode) {}
