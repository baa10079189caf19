package org.fitledger.chaincode.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fitledger.model.people.NextActor;

/**
 * The part of a ledger transaction the contract's rules need. Records are addressed by kind and id
 * and hold UTF-8 JSON; indexes are composite keys whose attributes carry the information. As in
 * Fabric, reads return the state committed before the transaction, never its own writes.
 *
 * <pre>{@code
 * Optional<String> stored = tx.getState(RecordKind.EQUIPMENT, "EQ-1");
 * }</pre>
 */
public interface TransactionContext {

  /** The stored record, or empty if the key was never written. */
  Optional<String> getState(RecordKind kind, String id);

  /** Every stored record of a kind, in key order. */
  List<String> getAll(RecordKind kind);

  /**
   * Stored records of a kind in key order, one page at a time; a read-only transaction only.
   *
   * @param fromId the id to start at (inclusive), or empty for the first
   * @param limit the most records to return
   */
  RecordPage page(RecordKind kind, String fromId, int limit);

  /** Writes a record, visible once the transaction commits. */
  void putState(RecordKind kind, String id, String json);

  /** Adds the index entry {@code (index, attributes...)}. */
  void putIndex(String index, List<String> attributes);

  /** Removes the index entry {@code (index, attributes...)}. */
  void deleteIndex(String index, List<String> attributes);

  /** The attributes of every entry of {@code index} whose attributes start with {@code prefix}. */
  List<List<String>> findIndex(String index, List<String> prefix);

  /** Every committed version of a record, oldest first. */
  List<HistoryEntry> history(RecordKind kind, String id);

  /**
   * A value of the proposal's transient data: sent to the endorsing peers only, never written to
   * the ledger.
   */
  Optional<String> transientValue(String key);

  /** A record of a private data collection; empty if absent or purged. */
  Optional<String> getPrivate(String collection, String key);

  /**
   * Writes a private record: its value reaches the collection's members only, its hash the ledger.
   */
  void putPrivate(String collection, String key, String json);

  /** Purges a private record, with every earlier version of it, from every member's store. */
  void purgePrivate(String collection, String key);

  /** Sets the state-based endorsement policy of a record's key. */
  void setEndorsement(RecordKind kind, String id, NextActor nextActor);

  /** Sets the transaction's single event. */
  void setEvent(String name, String json);

  /** The transaction id. */
  String txId();

  /** The transaction timestamp: the only "now" the contract knows. */
  Instant timestamp();

  /** Who submitted the transaction. */
  Caller caller();
}
