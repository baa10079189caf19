package org.fitledger.chaincode.shared;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The records one transaction writes, in write order, and the single event that names them: {@code
 * {"changes":[{"kind":"ticket","id":"T-1"}]}}. The records themselves travel once, in the
 * transaction's write set (see {@code WrittenRecords} of the model). Fabric keeps only one event
 * per transaction, so every write goes through here and {@link #emit} is called once at the end.
 *
 * <pre>{@code
 * ChangeLog changes = new ChangeLog(tx);
 * changes.put(RecordKind.PATROL, patrol.id(), json);
 * changes.emit("PatrolRecorded");
 * }</pre>
 */
public final class ChangeLog {
  private final TransactionContext tx;
  // A record written twice is one change: the write set holds its last text.
  private final List<String> changes = new ArrayList<>();

  /** Collects the writes of {@code tx}. */
  public ChangeLog(TransactionContext tx) {
    this.tx = Objects.requireNonNull(tx, "tx");
  }

  /** Writes a record and names it in the event. */
  public void put(RecordKind kind, String id, String json) {
    tx.putState(kind, id, json);
    String reference = reference(kind, id);
    if (!changes.contains(reference)) {
      changes.add(reference);
    }
  }

  /** Sets the transaction's event, named after its main change, if anything was written. */
  public void emit(String eventName) {
    if (!changes.isEmpty()) {
      tx.setEvent(eventName, "{\"changes\":[" + String.join(",", changes) + "]}");
    }
  }

  /**
   * A record named by its kind and id, as the event and a transaction's answer name it: {@code
   * {"kind":"patrol","id":"P-1"}}.
   */
  public static String reference(RecordKind kind, String id) {
    return "{\"kind\":\""
        + kind.objectType()
        + "\",\"id\":\""
        + new String(JsonStringEncoder.getInstance().quoteAsString(id))
        + "\"}";
  }
}
