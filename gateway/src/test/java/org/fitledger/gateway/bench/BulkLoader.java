package org.fitledger.gateway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.ParsedBlock;
import org.fitledger.gateway.index.StoredBlocks;

/**
 * The documented bulk path into the index: ledger events, exactly as the chaincode sets them, are
 * cut into blocks and projected by the block indexer's own projector ({@link
 * StoredBlocks#projector}), ten blocks per database transaction as while it catches up, through the
 * gateway's projections (the features' and the audit's) of {@code equipment}, {@code patrol} and
 * {@code ticket} records. Nothing goes through Fabric: the events are made by {@link
 * LedgerSimulation}, not by the chaincode.
 */
final class BulkLoader implements LedgerSimulation.Sink {
  private static final String CHAINCODE = "fitledger";
  private static final long FIRST_BLOCK = 10;
  private static final int BLOCKS_PER_TRANSACTION = 10;

  private final Consumer<List<ParsedBlock>> projector;
  private final int blockSize;
  private final List<LedgerEvent> block = new ArrayList<>();
  private final List<ParsedBlock> pending = new ArrayList<>();
  private long blockNumber = FIRST_BLOCK;
  private long events;
  private long records;

  BulkLoader(DataSource dataSource, int blockSize) {
    this.projector = StoredBlocks.projector(dataSource, FIRST_BLOCK);
    this.blockSize = blockSize;
  }

  @Override
  public void accept(String eventName, String txId, String payload) {
    block.add(new LedgerEvent(blockNumber, txId, CHAINCODE, eventName, payload));
    records += Changes.parse(payload, Map.of()).size();
    if (block.size() == blockSize) {
      cut();
    }
  }

  /** Projects the last, partial block and what is pending. */
  void finish() {
    if (!block.isEmpty()) {
      cut();
    }
    flush();
  }

  long events() {
    return events;
  }

  long records() {
    return records;
  }

  long blocks() {
    return blockNumber - FIRST_BLOCK;
  }

  private void cut() {
    pending.add(new ParsedBlock(blockNumber++, List.copyOf(block), List.of()));
    events += block.size();
    block.clear();
    if (pending.size() == BLOCKS_PER_TRANSACTION) {
      flush();
    }
  }

  private void flush() {
    if (!pending.isEmpty()) {
      projector.accept(List.copyOf(pending));
      pending.clear();
    }
  }
}
