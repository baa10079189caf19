package org.fitledger.chaincode.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fitledger.model.people.NextActor;

/**
 * World state, key history, endorsement policies and events in memory, for unit tests of the
 * contract's rules. Keys are laid out like Fabric's composite keys, so partial-key queries scan a
 * sorted range. Like Fabric, a transaction may not read its own writes and may set only one event;
 * breaking either is a test failure.
 */
public final class InMemoryLedger {
  /** An emitted chaincode event. */
  public record Event(String name, String json) {}

  /** Everything a transaction could change, for before/after comparisons. */
  public record Snapshot(
      Map<String, String> state, Map<String, NextActor> policies, List<Event> events) {}

  private final TreeMap<String, String> state = new TreeMap<>();
  private final Map<String, NextActor> policies = new TreeMap<>();
  private final Map<String, List<HistoryEntry>> history = new TreeMap<>();
  private final List<Event> events = new ArrayList<>();
  private final Map<String, String> privateData = new TreeMap<>();
  private final Map<String, String> transientData = new TreeMap<>();
  private int writes;
  private int transactions;
  private Instant now = Instant.parse("2026-11-21T10:15:30.123Z");

  /** Sets the timestamp of the following {@link #tx} transactions. */
  public InMemoryLedger at(Instant timestamp) {
    now = timestamp;
    return this;
  }

  /** The timestamp {@link #tx} uses. */
  public Instant now() {
    return now;
  }

  /** A transaction by {@code caller} at {@link #now()}, with a fresh id {@code tx<n>}. */
  public TransactionContext tx(Caller caller) {
    return transaction(caller, "tx" + (transactions + 1), now);
  }

  /** A transaction by {@code caller} with the given id and timestamp. */
  public TransactionContext transaction(Caller caller, String txId, Instant timestamp) {
    transactions++;
    return new Transaction(caller, txId, timestamp);
  }

  /** Sends {@code value} as transient data {@code key} with every following transaction. */
  public InMemoryLedger withTransient(String key, String value) {
    transientData.put(key, value);
    return this;
  }

  /** Sends no transient data from now on. */
  public InMemoryLedger withoutTransient() {
    transientData.clear();
    return this;
  }

  /** The value of a private record, if held and not purged. */
  public Optional<String> privateValue(String collection, String key) {
    return Optional.ofNullable(privateData.get(privateKey(collection, key)));
  }

  /** The stored value of a record, if any. */
  public Optional<String> stored(RecordKind kind, String id) {
    return Optional.ofNullable(state.get(key(kind.objectType(), List.of(id))));
  }

  /** The endorsement policy set on a record's key, if any. */
  public Optional<NextActor> policy(RecordKind kind, String id) {
    return Optional.ofNullable(policies.get(key(kind.objectType(), List.of(id))));
  }

  /** A copy of the whole world state. */
  public Map<String, String> state() {
    return new TreeMap<>(state);
  }

  /** A copy of everything a transaction could change. */
  public Snapshot snapshot() {
    return new Snapshot(new TreeMap<>(state), new TreeMap<>(policies), List.copyOf(events));
  }

  /** Every event emitted so far, in order. */
  public List<Event> events() {
    return List.copyOf(events);
  }

  /** The last event emitted. */
  public Event lastEvent() {
    return events.get(events.size() - 1);
  }

  /** How many times state was written. */
  public int writes() {
    return writes;
  }

  private static String privateKey(String collection, String key) {
    return collection + '\u0000' + key;
  }

  static String key(String objectType, List<String> attributes) {
    StringBuilder key = new StringBuilder("\u0000").append(objectType).append('\u0000');
    attributes.forEach(attribute -> key.append(attribute).append('\u0000'));
    return key.toString();
  }

  private final class Transaction implements TransactionContext {
    private final Caller caller;
    private final String txId;
    private final Instant timestamp;
    private final Set<String> written = new TreeSet<>();
    private boolean eventSet;

    Transaction(Caller caller, String txId, Instant timestamp) {
      this.caller = caller;
      this.txId = txId;
      this.timestamp = timestamp;
    }

    @Override
    public Optional<String> getState(RecordKind kind, String id) {
      return Optional.ofNullable(state.get(read(key(kind.objectType(), List.of(id)))));
    }

    @Override
    public List<String> getAll(RecordKind kind) {
      return new ArrayList<>(scan(key(kind.objectType(), List.of())).values());
    }

    @Override
    public RecordPage page(RecordKind kind, String fromId, int limit) {
      String prefix = key(kind.objectType(), List.of());
      String from = fromId.isEmpty() ? prefix : key(kind.objectType(), List.of(fromId));
      List<RecordPage.Stored> records = new ArrayList<>();
      String nextId = null;
      for (Map.Entry<String, String> entry : scan(prefix).tailMap(from).entrySet()) {
        String id = entry.getKey().substring(prefix.length(), entry.getKey().length() - 1);
        if (records.size() == limit) {
          nextId = id;
          break;
        }
        records.add(new RecordPage.Stored(id, entry.getValue()));
      }
      return new RecordPage(records, nextId);
    }

    @Override
    public void putState(RecordKind kind, String id, String json) {
      String key = write(key(kind.objectType(), List.of(id)), json);
      List<HistoryEntry> versions = history.computeIfAbsent(key, k -> new ArrayList<>());
      versions.removeIf(version -> version.txId().equals(txId));
      versions.add(new HistoryEntry(txId, timestamp.toString(), false, json));
    }

    @Override
    public void putIndex(String index, List<String> attributes) {
      write(key(index, attributes), "\u0000");
    }

    @Override
    public void deleteIndex(String index, List<String> attributes) {
      String key = key(index, attributes);
      written.add(key);
      state.remove(key);
      writes++;
    }

    @Override
    public List<List<String>> findIndex(String index, List<String> prefix) {
      List<List<String>> found = new ArrayList<>();
      for (String key : scan(key(index, prefix)).keySet()) {
        List<String> parts = List.of(key.substring(1).split("\u0000", -1));
        found.add(parts.subList(1, parts.size() - 1));
      }
      return found;
    }

    @Override
    public List<HistoryEntry> history(RecordKind kind, String id) {
      return List.copyOf(history.getOrDefault(key(kind.objectType(), List.of(id)), List.of()));
    }

    @Override
    public Optional<String> transientValue(String key) {
      return Optional.ofNullable(transientData.get(key));
    }

    @Override
    public Optional<String> getPrivate(String collection, String key) {
      return Optional.ofNullable(privateData.get(read(privateKey(collection, key))));
    }

    @Override
    public void putPrivate(String collection, String key, String json) {
      written.add(privateKey(collection, key));
      privateData.put(privateKey(collection, key), json);
      writes++;
    }

    @Override
    public void purgePrivate(String collection, String key) {
      written.add(privateKey(collection, key));
      privateData.remove(privateKey(collection, key));
      writes++;
    }

    @Override
    public void setEndorsement(RecordKind kind, String id, NextActor nextActor) {
      policies.put(key(kind.objectType(), List.of(id)), nextActor);
    }

    @Override
    public void setEvent(String name, String json) {
      if (eventSet) {
        throw new AssertionError(
            "a Fabric transaction keeps only one event; " + name + " is a second");
      }
      eventSet = true;
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

    private String read(String key) {
      if (written.contains(key)) {
        throw new AssertionError("Fabric would not show this transaction's own write of " + key);
      }
      return key;
    }

    private String write(String key, String value) {
      written.add(key);
      state.put(key, value);
      writes++;
      return key;
    }

    private SortedMap<String, String> scan(String prefix) {
      written.stream().filter(key -> key.startsWith(prefix)).findFirst().ifPresent(this::read);
      return state.subMap(prefix, prefix + Character.MAX_VALUE);
    }
  }
}
