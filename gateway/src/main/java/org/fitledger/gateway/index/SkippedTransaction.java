package org.fitledger.gateway.index;

/**
 * A transaction of a block that was committed as invalid, and so is not projected.
 *
 * <p>{@code new SkippedTransaction("9f2c...", "MVCC_READ_CONFLICT")}
 *
 * @param transactionId the transaction id
 * @param validationCode the name of its validation code
 */
public record SkippedTransaction(String transactionId, String validationCode) {}
