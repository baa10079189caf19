package org.fitledger.chaincode.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * World state and event log in memory, for unit tests of the contract's rules. Each {@link
 * #transaction} is one submitted transaction against the same state.
 */
public final class InMemoryLedger {
  /** An emitted chaincode event. */
  public record Event(String name, String json) {}

  private final Map<String, String> state = new TreeMap<>();
  private final List<Event> events = new ArrayList<>();
  private int writes;

  /** A transaction by {@code caller} with the given id and timestamp. */
  public TransactionContext transaction(Caller caller, String txId, Instant timestamp) {
    return new TransactionContext() {
      @Override
      public Optional<String> getState(String objectType, String id) {
        return Optional.ofNullable(state.get(key(objectType, id)));
      }

      @Override
      public void putState(String objectType, String id, String json) {
        state.put(key(objectType, id), json);
        writes++;
      }

      @Override
      public void setEvent(String name, String json) {
        events.add(new Event(name, json));
      }

      @Override
      public String txId() {
        return txId;
      }

      @Override
      public Instant timestamp() {
        return timestamp;
      }

      @Override
      public Caller caller() {
        return caller;
      }
    };
  }

  /** The stored value of a key, if any. */
  public Optional<String> stored(String objectType, String id) {
    return Optional.ofNullable(state.get(key(objectType, id)));
  }

  /** A copy of the whole world state. */
  public Map<String, String> snapshot() {
    return new TreeMap<>(state);
  }

  /** Every event emitted so far, in order. */
  public List<Event> events() {
    return List.copyOf(events);
  }

  /** How many times state was written. */
  public int writes() {
    return writes;
  }

  private static String key(String objectType, String id) {
    return objectType + '\u0000' + id;
  }
}
