package org.fitledger.gateway.ledger;

/**
 * A transaction that was committed as valid, or an endorsement that would have changed nothing and
 * so was not ordered ({@link #unchanged}).
 *
 * <p>{@code new Submitted("9f2c...", 42, "{\"id\":\"p-1\",...}")}
 *
 * @param txId the transaction id (64 hex digits), or null if nothing was ordered
 * @param blockNumber the block it was committed in, or -1 if nothing was ordered
 * @param result what the chaincode function returned, as UTF-8 text
 */
public record Submitted(String txId, long blockNumber, String result) {
  /** What the chaincode answered from the ledger's state, writing nothing: no transaction. */
  public static Submitted unchanged(String result) {
    return new Submitted(null, -1, result);
  }

  /** Whether the chaincode wrote nothing, so that no transaction was ordered. */
  public boolean changedNothing() {
    return txId == null;
  }
}
