package org.fitledger.gateway.index;

import tools.jackson.databind.JsonNode;

/**
 * Writes one kind of ledger record into a feature's tables. Every transaction's event lists the
 * records it wrote as {@code {"changes":[{"kind","record"}]}}; each change goes to every projection
 * of its kind: the feature's own, and the audit's, which keeps its figures from the same record.
 * Projections of one kind must not depend on one another's rows for the same change. Each runs
 * inside the block's database transaction, so it must write only through the application's
 * DataSource, and must be idempotent (an upsert of the whole record).
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
}
