package org.fitledger.gateway.index;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Writes one kind of ledger record into a feature's tables. Every transaction's event lists the
 * records it wrote as {@code {"changes":[{"kind","record"}]}}; each change goes to every projection
 * of its kind: the feature's own, and the audit's, which keeps its figures from the same record.
 * Projections of one kind must not depend on one another's rows for the same change. Each runs
 * inside the block's database transaction, so it must write only through the application's
 * DataSource, and must be idempotent (an upsert of the whole record).
 *
 * <p>The indexer hands a projection the records of a run of consecutive changes of its kind at once
 * ({@link #projectAll}); a projection that can write them in fewer statements overrides it, and
 * must leave the tables exactly as projecting them one by one, in order, would.
 *
 * <pre>{@code
 * class PatrolProjection implements RecordProjection {
 *   public String kind() { return "patrol"; }
 *   public void project(JsonNode record, LedgerEvent event) { repository.upsert(record, ...); }
 * }
 * }</pre>
 */
public interface RecordProjection {

  /** The record kind this projection handles, e.g. {@code ticket}. */
  String kind();

  /**
   * Writes the record's rows.
   *
   * @param record the stored record, as the chaincode wrote it
   * @param event the event of the valid transaction that wrote it
   */
  void project(JsonNode record, LedgerEvent event);

  /**
   * Writes the rows of several records, in ledger order; by default one at a time.
   *
   * @param written each record with the event of the transaction that wrote it
   */
  default void projectAll(List<Written> written) {
    written.forEach(w -> project(w.record(), w.event()));
  }

  /**
   * A record as a valid transaction wrote it. Every projection of its kind gets the same one, so
   * the record is read as the model's type once ({@link #as}), not once per projection.
   */
  final class Written {
    private final JsonNode record;
    private final LedgerEvent event;
    private Object read;

    /**
     * @param record the stored record
     * @param event the transaction's event
     */
    public Written(JsonNode record, LedgerEvent event) {
      this.record = record;
      this.event = event;
    }

    /** The stored record, as the chaincode wrote it. */
    public JsonNode record() {
      return record;
    }

    /** The event of the transaction that wrote it. */
    public LedgerEvent event() {
      return event;
    }

    /** The record read as the model's {@code type}; the model's records are immutable. */
    public <T> T as(Class<T> type) {
      if (!type.isInstance(read)) {
        read = RecordJson.decode(record, type);
      }
      return type.cast(read);
    }
  }
}
