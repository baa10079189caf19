package org.fitledger.chaincode.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The records one transaction writes, in write order, and the single event that lists them: {@code
 * {"changes":[{"kind":"ticket","record":{...}}]}}. Fabric keeps only one event per transaction, so
 * every write goes through here and {@link #emit} is called once at the end.
 *
 * <pre>{@code
 * ChangeLog changes = new ChangeLog(tx);
 * changes.put(RecordKind.PATROL, patrol.id(), json);
 * changes.emit("PatrolRecorded");
 * }</pre>
 */
public final class ChangeLog {
  private final TransactionContext tx;
  private final List<String> changes = new ArrayList<>();

  /** Collects the writes of {@code tx}. */
  public ChangeLog(TransactionContext tx) {
    this.tx = Objects.requireNonNull(tx, "tx");
  }

  /** Writes a record and remembers it for the event. */
  public void put(RecordKind kind, String id, String json) {
    tx.putState(kind, id, json);
    changes.add("{\"kind\":\"" + kind.objectType() + "\",\"record\":" + json + "}");
  }

  /** Sets the transaction's event, named after its main change, if anything was written. */
  public void emit(String eventName) {
    if (!changes.isEmpty()) {
      tx.setEvent(eventName, "{\"changes\":[" + String.join(",", changes) + "]}");
    }
  }
}
