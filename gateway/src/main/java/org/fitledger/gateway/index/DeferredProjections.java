package org.fitledger.gateway.index;

import java.util.List;

/**
 * The projections a rebuild skips while it replays and then derives at once ({@link
 * DerivedProjection}). Deriving ends the deferral: the blocks projected after it go to every
 * projection, as in the live index.
 *
 * <pre>{@code
 * new BlockProjector(..., projections, Optional.of(deferred)); // skips the derived ones
 * ... replay ...
 * transactions.execute(status -> { checkpoint.lockLast(channel); return deferred.derive(); });
 * }</pre>
 */
final class DeferredProjections {
  private final List<DerivedProjection> derived;
  private volatile boolean deferring = true;

  /** Defers the derived projections among these. */
  DeferredProjections(List<? extends RecordProjection> projections) {
    this.derived =
        projections.stream()
            .filter(DerivedProjection.class::isInstance)
            .map(DerivedProjection.class::cast)
            .toList();
  }

  /** Whether the projector skips this projection for now. */
  boolean defers(RecordProjection projection) {
    return deferring && derived.contains(projection);
  }

  /**
   * Derives the deferred projections' rows and stops deferring them. It must run in the database
   * transaction that holds the checkpoint's lock ({@link IndexCheckpoint#lockLast}), so that no
   * block is projected between what it reads and the end of the deferral. Answers how many
   * projections it derived.
   */
  int derive() {
    if (deferring) {
      derived.forEach(DerivedProjection::deriveAll);
      deferring = false;
    }
    return derived.size();
  }
}
