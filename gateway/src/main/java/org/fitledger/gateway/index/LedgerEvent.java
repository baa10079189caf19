package org.fitledger.gateway.index;

/**
 * A chaincode event of a valid transaction.
 *
 * <p>{@code new LedgerEvent(7, "9f2c...", "fitledger", "PatrolRecorded", "{\"id\":\"p-1\",...}")}
 *
 * @param blockNumber the block holding the transaction
 * @param txId the transaction id
 * @param chaincode the chaincode that set the event
 * @param name the event name, e.g. {@code PatrolRecorded}
 * @param payload the event payload as UTF-8 text
 */
public record LedgerEvent(
    long blockNumber, String txId, String chaincode, String name, String payload) {}
