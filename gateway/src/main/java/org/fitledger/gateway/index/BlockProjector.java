package org.fitledger.gateway.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Projects one parsed block and advances the checkpoint, in one database transaction. */
@Component
class BlockProjector {
  private static final Logger log = LoggerFactory.getLogger(BlockProjector.class);

  private final TransactionTemplate transactions;
  private final IndexCheckpoint checkpoint;
  private final IndexProgress progress;
  private final String channel;
  private final Map<String, EventProjection> projections = new HashMap<>();

  BlockProjector(
      TransactionTemplate transactions,
      IndexCheckpoint checkpoint,
      IndexProgress progress,
      NetworkConfig network,
      List<EventProjection> projections) {
    this.transactions = transactions;
    this.checkpoint = checkpoint;
    this.progress = progress;
    this.channel = network.channel();
    for (EventProjection projection : projections) {
      if (this.projections.putIfAbsent(projection.eventName(), projection) != null) {
        throw new IllegalStateException("two projections for event " + projection.eventName());
      }
    }
  }

  /** The first block not yet projected. */
  long nextBlock() {
    long last = checkpoint.last(channel).orElse(-1);
    progress.projected(last);
    return last + 1;
  }

  /**
   * Projects a block, once: a block at or below the checkpoint is ignored, and a gap fails.
   *
   * @throws IllegalStateException if the block is not the one after the checkpoint
   */
  void apply(ParsedBlock block) {
    transactions.executeWithoutResult(
        status -> {
          long last = checkpoint.lockLast(channel).orElse(-1);
          if (block.number() <= last) {
            return;
          }
          if (block.number() != last + 1) {
            throw new IllegalStateException(
                "block " + block.number() + " does not follow checkpoint " + last);
          }
          block
              .skipped()
              .forEach(
                  s ->
                      log.info(
                          "block {}: skipping invalid transaction {} ({})",
                          block.number(),
                          s.transactionId(),
                          s.validationCode()));
          block.events().forEach(this::project);
          checkpoint.save(channel, block.number());
        });
    progress.projected(block.number());
  }

  private void project(LedgerEvent event) {
    EventProjection projection = projections.get(event.name());
    if (projection == null) {
      log.debug("block {}: no projection for event {}", event.blockNumber(), event.name());
      return;
    }
    projection.project(event);
  }
}
