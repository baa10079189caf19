package org.fitledger.gateway.ledger;

/**
 * A transaction that was committed as valid.
 *
 * <p>{@code new Submitted("9f2c...", 42, "{\"id\":\"p-1\",...}")}
 *
 * @param transactionId the transaction id (64 hex digits)
 * @param blockNumber the block it was committed in
 * @param result what the chaincode function returned, as UTF-8 text
 */
public record Submitted(String transactionId, long blockNumber, String result) {}
