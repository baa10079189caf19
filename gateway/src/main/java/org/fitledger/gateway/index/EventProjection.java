package org.fitledger.gateway.index;

/**
 * Writes one kind of chaincode event into a feature's tables. It runs inside the block's database
 * transaction, so it must write only through the application's DataSource, and must be idempotent.
 *
 * <pre>{@code
 * class PatrolProjection implements EventProjection {
 *   public String eventName() { return "PatrolRecorded"; }
 *   public void project(LedgerEvent event) { repository.upsert(parse(event), event.blockNumber()); }
 * }
 * }</pre>
 */
public interface EventProjection {

  /** The chaincode event name this projection handles. */
  String eventName();

  /**
   * Writes the event's rows.
   *
   * @param event the event of a valid transaction
   */
  void project(LedgerEvent event);
}
