package org.fitledger.chaincode.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * The part of a ledger transaction the contract's rules need. State is addressed by an object type
 * and an id, and values are UTF-8 JSON documents.
 *
 * <pre>{@code
 * Optional<String> stored = tx.getState("equipment", "EQ-1");
 * }</pre>
 */
public interface TransactionContext {

  /** The stored value, or empty if the key was never written. */
  Optional<String> getState(String objectType, String id);

  /** Writes a value, visible once the transaction commits. */
  void putState(String objectType, String id, String json);

  /** Emits the transaction's event. */
  void setEvent(String name, String json);

  /** The transaction id. */
  String txId();

  /** The transaction timestamp: the only "now" the contract knows. */
  Instant timestamp();

  /** Who submitted the transaction. */
  Caller caller();
}
