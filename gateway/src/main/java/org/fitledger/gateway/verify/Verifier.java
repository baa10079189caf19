package org.fitledger.gateway.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.fitledger.gateway.index.IndexStatus;
import org.fitledger.gateway.ledger.BlockEvents;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.people.Person;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Verifies the index against the ledger, on a live system:
 *
 * <ol>
 *   <li>the chain: blocks 0 to the peer's height when verification began, each one's data hash and
 *       its link to the header before it;
 *   <li>the transactions: the index holds exactly the valid FitLedger transactions of those blocks,
 *       each in its block, none twice and none that the ledger does not hold as valid;
 *   <li>the records: every record in world state, read through the chaincode as the supervisor who
 *       asked, equals the index's and the other way round;
 *   <li>the derived rows: a patrol's inspections and a ticket's steps, each exactly once.
 * </ol>
 *
 * A record written by a transaction the index quarantined (it could not hold it as the ledger does)
 * is expected to differ: it is reported with that transaction, not as a mismatch.
 *
 * <p>Writes go on meanwhile, so a record that differs is compared again after the index has caught
 * up with the ledger (up to {@value #RECHECKS} times); only a lasting difference is reported.
 */
@Component
public class Verifier {
  /** How many mismatches a report lists. */
  static final int MAX_LISTED = 1000;

  private static final int RECHECKS = 3;

  private final VerificationRepository index;
  private final LedgerRecords ledger;
  private final BlockEvents blockEvents;
  private final IndexStatus status;
  private final String chaincode;
  private final Duration catchUp;

  Verifier(
      VerificationRepository index,
      LedgerRecords ledger,
      BlockEvents blockEvents,
      IndexStatus status,
      NetworkConfig network,
      @Value("${fitledger.verify.catch-up:60s}") Duration catchUp) {
    this.index = index;
    this.ledger = ledger;
    this.blockEvents = blockEvents;
    this.status = status;
    this.chaincode = network.chaincode();
    this.catchUp = catchUp;
  }

  /** Runs every check, reading world state as {@code supervisor}. */
  public VerifyReport verify(Person supervisor) {
    long started = System.nanoTime();
    long height = status.now().peerHeight();
    long lastBlock = height - 1;
    long indexed = awaitIndexed(lastBlock);
    List<Mismatch> found = new ArrayList<>();

    ChainCheck chain = new ChainCheck(chaincode, found::add);
    try (CloseableIterator<Block> blocks = blockEvents.from(0)) {
      while (chain.blocks() < height && blocks.hasNext()) {
        chain.accept(blocks.next());
      }
    }
    VerifyReport.Counts transactions =
        transactions(chain.eventTransactions(), Math.min(indexed, lastBlock), found);

    Map<String, VerifyReport.Counts> records = new LinkedHashMap<>();
    Set<String> quarantinedRecords = index.quarantinedRecords();
    List<Mismatch> suspects = new ArrayList<>();
    for (RecordKinds kind : RecordKinds.ALL) {
      RecordCheck.Comparison comparison =
          RecordCheck.compare(
              kind.kind(), ledger.records(supervisor, kind.kind()), index.records(kind));
      records.put(
          kind.kind(), new VerifyReport.Counts(comparison.onLedger(), comparison.inIndex()));
      suspects.addAll(unexplained(comparison.mismatches(), quarantinedRecords));
    }
    found.addAll(recheck(supervisor, suspects));
    found.addAll(index.derivedRows());

    return new VerifyReport(
        found.isEmpty(),
        height,
        status.indexedBlock(),
        chain.blocks(),
        transactions,
        records,
        found.size(),
        List.copyOf(found.subList(0, Math.min(found.size(), MAX_LISTED))),
        status.quarantinedTransactions(),
        index.quarantined(0, MAX_LISTED),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  /**
   * The record mismatches not explained by a quarantined transaction: those of records that no
   * quarantined transaction wrote.
   *
   * @param quarantinedRecords {@code kind/id} of every record a quarantined transaction wrote
   */
  static List<Mismatch> unexplained(List<Mismatch> mismatches, Set<String> quarantinedRecords) {
    return mismatches.stream()
        .filter(m -> !quarantinedRecords.contains(m.kind() + "/" + m.id()))
        .toList();
  }

  private VerifyReport.Counts transactions(
      Map<String, Long> eventTransactions, long upToBlock, List<Mismatch> found) {
    Map<String, Long> expected = new HashMap<>();
    eventTransactions.forEach(
        (tx, block) -> {
          if (block <= upToBlock) {
            expected.put(tx, block);
          }
        });
    long onLedger = expected.size();
    AtomicLong inIndex = new AtomicLong();
    index.transactions(
        upToBlock,
        (tx, block) -> {
          inIndex.incrementAndGet();
          Long ledgerBlock = expected.remove(tx);
          if (ledgerBlock == null) {
            found.add(
                new Mismatch(
                    "transactions",
                    "transaction",
                    tx,
                    "NOT_ON_LEDGER",
                    "indexed at block " + block + " but no valid FitLedger transaction"));
          } else if (ledgerBlock.longValue() != block) {
            found.add(
                new Mismatch(
                    "transactions",
                    "transaction",
                    tx,
                    "WRONG_BLOCK",
                    "indexed at block " + block + " but committed in block " + ledgerBlock));
          }
        });
    expected.forEach(
        (tx, block) ->
            found.add(
                new Mismatch(
                    "transactions",
                    "transaction",
                    tx,
                    "MISSING_FROM_INDEX",
                    "valid in block " + block + " but not in the index")));
    return new VerifyReport.Counts(onLedger, inIndex.get());
  }

  private List<Mismatch> recheck(Person supervisor, List<Mismatch> suspects) {
    List<Mismatch> remaining = suspects;
    for (int round = 0; round < RECHECKS && !remaining.isEmpty(); round++) {
      awaitIndexed(status.now().peerHeight() - 1);
      List<Mismatch> still = new ArrayList<>();
      for (Mismatch suspect : remaining) {
        RecordKinds kind =
            RecordKinds.ALL.stream().filter(k -> k.kind().equals(suspect.kind())).findFirst().get();
        RecordCheck.compareOne(
                suspect.kind(),
                suspect.id(),
                ledger.records(supervisor, kind.kind()),
                index.records(kind))
            .ifPresent(still::add);
      }
      remaining = still;
    }
    return remaining;
  }

  /** Waits until the index holds a block, at most the catch-up time; the last indexed block. */
  private long awaitIndexed(long block) {
    long deadline = System.nanoTime() + catchUp.toNanos();
    long indexed = status.indexedBlock();
    while (indexed < block && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      indexed = status.indexedBlock();
    }
    return indexed;
  }
}
