package org.fitledger.gateway.index;

import java.util.Map;

/**
 * A chaincode event of a valid transaction, with the values the transaction wrote in the
 * chaincode's namespace: the records its event names (see {@code WrittenRecords} of the model).
 *
 * <p>{@code new LedgerEvent(7, "9f2c...", "fitledger", "PatrolRecorded", payload, written)}
 *
 * @param blockNumber the block holding the transaction
 * @param txId the transaction id
 * @param chaincode the chaincode that set the event
 * @param name the event name, e.g. {@code PatrolRecorded}
 * @param payload the event payload as UTF-8 text
 * @param written the values the transaction wrote, as UTF-8 text by world-state key
 */
public record LedgerEvent(
    long blockNumber,
    String txId,
    String chaincode,
    String name,
    String payload,
    Map<String, String> written) {

  /** An event whose payload carries its records, as an older chaincode's did. */
  public LedgerEvent(long blockNumber, String txId, String chaincode, String name, String payload) {
    this(blockNumber, txId, chaincode, name, payload, Map.of());
  }
}
