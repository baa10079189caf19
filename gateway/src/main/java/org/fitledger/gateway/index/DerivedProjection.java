package org.fitledger.gateway.index;

/**
 * A projection whose rows can also be derived all at once from the rows the other projections
 * write. A rebuild from block 0 skips it while it replays and derives its rows at the end ({@link
 * DeferredProjections}): one set-based pass over a million inspections costs far less than adding
 * them up patrol by patrol.
 */
public interface DerivedProjection extends RecordProjection {

  /**
   * Writes the rows that projecting every record the index holds would have written, from the other
   * projections' rows alone. Its tables must hold none of its rows yet: it was deferred from block
   * 0.
   */
  void deriveAll();
}
