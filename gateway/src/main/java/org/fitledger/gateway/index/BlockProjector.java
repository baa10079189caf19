package org.fitledger.gateway.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects parsed blocks, records their transactions and advances the checkpoint, in one database
 * transaction.
 */
@Component
class BlockProjector {
  private static final Logger log = LoggerFactory.getLogger(BlockProjector.class);

  private final TransactionTemplate transactions;
  private final IndexCheckpoint checkpoint;
  private final IndexJournal journal;
  private final String channel;
  private final Map<String, RecordProjection> projections = new HashMap<>();

  BlockProjector(
      TransactionTemplate transactions,
      IndexCheckpoint checkpoint,
      IndexJournal journal,
      NetworkConfig network,
      List<RecordProjection> projections) {
    this.transactions = transactions;
    this.checkpoint = checkpoint;
    this.journal = journal;
    this.channel = network.channel();
    for (RecordProjection projection : projections) {
      if (this.projections.putIfAbsent(projection.kind(), projection) != null) {
        throw new IllegalStateException("two projections for record kind " + projection.kind());
      }
    }
  }

  /** The first block not yet projected. */
  long nextBlock() {
    return checkpoint.last(channel).orElse(-1) + 1;
  }

  /**
   * Projects consecutive blocks in one database transaction, each once: blocks at or below the
   * checkpoint are ignored, and a gap fails.
   *
   * @throws IllegalStateException if the blocks do not follow the checkpoint one by one
   */
  void apply(List<ParsedBlock> blocks) {
    transactions.executeWithoutResult(
        status -> {
          long last = checkpoint.lockLast(channel).orElse(-1);
          long first = last;
          for (ParsedBlock block : blocks) {
            if (block.number() <= last) {
              continue;
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
            journal.record(block);
            last = block.number();
          }
          if (last != first) {
            checkpoint.save(channel, last);
          }
        });
  }

  /**
   * Projects every record of an event. A payload that is not a change list (an event of an older
   * chaincode) and a record kind without a projection are logged and skipped rather than stopping
   * the index for good; rebuilding from block 0 with a newer gateway picks them up.
   */
  void project(LedgerEvent event) {
    List<Changes.Change> changes;
    try {
      changes = Changes.parse(event.payload());
    } catch (IllegalArgumentException e) {
      log.warn(
          "block {}: event {} of transaction {} skipped: {}",
          event.blockNumber(),
          event.name(),
          event.transactionId(),
          e.getMessage());
      return;
    }
    for (Changes.Change change : changes) {
      RecordProjection projection = projections.get(change.kind());
      if (projection == null) {
        log.warn(
            "block {}: transaction {} wrote a {} record, which has no projection",
            event.blockNumber(),
            event.transactionId(),
            change.kind());
        continue;
      }
      projection.project(change.record(), event);
    }
  }
}
