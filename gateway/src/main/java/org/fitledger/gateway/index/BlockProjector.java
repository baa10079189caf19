package org.fitledger.gateway.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
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

  /** The most events whose parsed records are held, and written, at once. */
  static final int CHUNK = 500;

  private final Map<String, List<RecordProjection>> projections = new HashMap<>();
  private final Optional<DeferredProjections> deferred;

  /**
   * @param projections every projection, of every kind
   * @param deferred in a rebuild, the projections it skips until it derives them at the end
   */
  BlockProjector(
      TransactionTemplate transactions,
      IndexCheckpoint checkpoint,
      IndexJournal journal,
      NetworkConfig network,
      List<RecordProjection> projections,
      Optional<DeferredProjections> deferred) {
    this.transactions = transactions;
    this.checkpoint = checkpoint;
    this.journal = journal;
    this.channel = network.channel();
    this.deferred = deferred;
    for (RecordProjection projection : projections) {
      this.projections
          .computeIfAbsent(projection.kind(), kind -> new ArrayList<>())
          .add(projection);
    }
  }

  /** The first block not yet projected. */
  long nextBlock() {
    return checkpoint.last(channel).orElse(-1) + 1;
  }

  /**
   * Projects consecutive blocks in one database transaction, each once: blocks at or below the
   * checkpoint are ignored, and a gap fails. Their events are projected together ({@link
   * #projectAll}).
   *
   * @throws IllegalStateException if the blocks do not follow the checkpoint one by one
   */
  void apply(List<ParsedBlock> blocks) {
    transactions.executeWithoutResult(
        status -> {
          long last = checkpoint.lockLast(channel).orElse(-1);
          long first = last;
          List<ParsedBlock> applied = new ArrayList<>();
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
                            s.txId(),
                            s.validationCode()));
            applied.add(block);
            last = block.number();
          }
          journal.record(applied);
          projectAll(applied.stream().flatMap(b -> b.events().stream()).toList(), status);
          if (last != first) {
            checkpoint.save(channel, last);
          }
        });
  }

  /**
   * Projects the records of several events, {@value #CHUNK} at a time: each run of consecutive
   * changes of one kind goes to each projection of that kind at once ({@link
   * RecordProjection#projectAll}), so that a block of patrols takes a few statements rather than a
   * few per patrol. If a record is refused, the rows of its chunk are rolled back and that chunk's
   * events are projected one by one ({@link #project}), which quarantines the one at fault.
   */
  void projectAll(List<LedgerEvent> events, TransactionStatus status) {
    // In chunks, so that a long catch-up holds the parsed records of one chunk at a time.
    for (int from = 0; from < events.size(); from += CHUNK) {
      projectChunk(events.subList(from, Math.min(events.size(), from + CHUNK)), status);
    }
  }

  private void projectChunk(List<LedgerEvent> events, TransactionStatus status) {
    List<Parsed> parsed = new ArrayList<>();
    for (LedgerEvent event : events) {
      parse(event).ifPresent(parsed::add);
    }
    Object savepoint = status.createSavepoint();
    try {
      projectRuns(parsed);
      status.releaseSavepoint(savepoint);
    } catch (RuntimeException e) {
      if (!refusedByTheRecord(e)) {
        throw e;
      }
      status.rollbackToSavepoint(savepoint);
      parsed.forEach(one -> project(one, status));
    }
  }

  /**
   * Projects every record of an event, or none: an event whose records the index cannot hold as the
   * ledger does is quarantined with its reason ({@link IndexJournal#quarantine}) and the indexer
   * goes on. That is an event that is not a change list (an older chaincode's), a record with text
   * PostgreSQL cannot store ({@link StorableText}), or a record its projection refuses (a data or
   * constraint error, or a failure of the projection's own code); its rows are rolled back to a
   * savepoint. A failure of the database itself (a lost connection) is not the transaction's fault:
   * it fails the batch, which is tried again. A record kind without a projection is logged and
   * skipped; rebuilding from block 0 with a newer gateway picks it up.
   */
  void project(LedgerEvent event, TransactionStatus status) {
    parse(event).ifPresent(parsed -> project(parsed, status));
  }

  /** An event with the changes it lists, each storable. */
  private record Parsed(LedgerEvent event, List<Changes.Change> changes) {}

  /** The event's changes, or empty after quarantining an event the index cannot hold. */
  private Optional<Parsed> parse(LedgerEvent event) {
    List<Changes.Change> changes;
    try {
      changes = Changes.parse(event.payload(), event.written());
    } catch (IllegalArgumentException e) {
      quarantine(event, List.of(), e.getMessage());
      return Optional.empty();
    }
    for (Changes.Change change : changes) {
      Optional<String> unstorable = StorableText.problem(change.record());
      if (unstorable.isPresent()) {
        quarantine(event, records(changes), recordName(change) + unstorable.get());
        return Optional.empty();
      }
    }
    return Optional.of(new Parsed(event, changes));
  }

  private void project(Parsed parsed, TransactionStatus status) {
    Object savepoint = status.createSavepoint();
    try {
      projectRuns(List.of(parsed));
      status.releaseSavepoint(savepoint);
    } catch (RuntimeException e) {
      if (!refusedByTheRecord(e)) {
        throw e;
      }
      status.rollbackToSavepoint(savepoint);
      quarantine(parsed.event(), records(parsed.changes()), "the projection refused it: " + e);
    }
  }

  /** Hands each run of consecutive changes of one kind to the projections of that kind. */
  private void projectRuns(List<Parsed> parsed) {
    String kind = null;
    List<RecordProjection.Written> run = new ArrayList<>();
    for (Parsed one : parsed) {
      for (Changes.Change change : one.changes()) {
        if (!change.kind().equals(kind)) {
          projectRun(kind, run);
          kind = change.kind();
          run = new ArrayList<>();
        }
        run.add(new RecordProjection.Written(change.record(), one.event()));
      }
    }
    projectRun(kind, run);
  }

  private void projectRun(String kind, List<RecordProjection.Written> run) {
    if (run.isEmpty()) {
      return;
    }
    List<RecordProjection> all = projections.getOrDefault(kind, List.of());
    if (all.isEmpty()) {
      run.forEach(
          written ->
              log.warn(
                  "block {}: transaction {} wrote a {} record, which has no projection",
                  written.event().blockNumber(),
                  written.event().txId(),
                  kind));
      return;
    }
    for (RecordProjection projection : all) {
      if (deferred.isEmpty() || !deferred.get().defers(projection)) {
        projection.projectAll(run);
      }
    }
  }

  private static List<String> records(List<Changes.Change> changes) {
    return changes.stream().map(BlockProjector::recordName).toList();
  }

  private void quarantine(LedgerEvent event, List<String> records, String reason) {
    log.warn(
        "block {}: transaction {} quarantined, the index does not hold its records {}: {}",
        event.blockNumber(),
        event.txId(),
        records,
        reason);
    journal.quarantine(event, records, reason);
  }

  /**
   * Whether a failure lies in the record rather than in the database: a data or constraint error,
   * or anything the projection's own code threw. Other database failures are tried again.
   */
  static boolean refusedByTheRecord(RuntimeException e) {
    if (e instanceof DataIntegrityViolationException) {
      return true;
    }
    return !(e instanceof DataAccessException) && !(e instanceof TransactionException);
  }

  /**
   * A record as {@code kind/id}; the chaincode keeps its one settings record, which has no id
   * field, under the id {@code global}.
   */
  static String recordName(Changes.Change change) {
    String id = RecordJson.text(change.record(), "id");
    return change.kind() + "/" + (id == null ? "global" : id);
  }
}
