package org.fitledger.gateway.index;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fitledger.gateway.ledger.BlockEvents;
import org.fitledger.gateway.ledger.ChainInfo;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Projects the channel's blocks into the index, on its own thread, for as long as the application
 * runs ({@code fitledger.index.enabled}, on unless set to false). Any number of indexers may run
 * against one schema: the one holding the {@link IndexLease} reads blocks from the checkpoint on,
 * and the others stand by, trying for the lease each second. When the block stream or the database
 * fails, the active indexer gives the lease up and tries again with backoff.
 */
@Component
@ConditionalOnProperty(
    name = "fitledger.index.enabled",
    havingValue = "true",
    matchIfMissing = true)
class BlockIndexer implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(BlockIndexer.class);
  private static final Duration STANDBY_POLL = Duration.ofSeconds(1);
  private static final int BATCH = 200;

  private final BlockEvents blockEvents;
  private final BlockProjector projector;
  private final IndexLease lease;
  private final ChainInfo chain;
  private final IndexFailures failures;
  private final String chaincode;
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30));
  private volatile boolean running;
  private volatile CloseableIterator<Block> stream;
  private Thread thread;

  BlockIndexer(
      BlockEvents blockEvents,
      BlockProjector projector,
      DataSource dataSource,
      ChainInfo chain,
      IndexFailures failures,
      NetworkConfig network) {
    this.blockEvents = blockEvents;
    this.chain = chain;
    this.failures = failures;
    this.projector = projector;
    this.lease = new IndexLease(dataSource);
    this.chaincode = network.chaincode();
  }

  @Override
  public synchronized void start() {
    running = true;
    // Not a daemon: in a process that only indexes, this thread is what keeps it running.
    thread = new Thread(this::run, "block-indexer");
    // An Error (out of memory, say) leaves this JVM unfit to index: it ends the process, so
    // that the standby indexer takes over, or a rebuild fails, rather than waiting without one.
    thread.setUncaughtExceptionHandler(
        (t, e) -> {
          log.error("the block indexer stopped: {}", e.toString(), e);
          Runtime.getRuntime().halt(70);
        });
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    CloseableIterator<Block> current = stream;
    if (current != null) {
      current.close();
    }
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    boolean standingBy = false;
    while (running) {
      try {
        if (!lease.tryAcquire()) {
          if (!standingBy) {
            log.info("standing by: another indexer holds the lock");
            standingBy = true;
          }
          pause(STANDBY_POLL);
          continue;
        }
        standingBy = false;
        follow(projector.nextBlock());
        if (running) {
          log.warn("block stream ended");
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          break;
        }
        String failure = IndexFailures.describe(e);
        log.warn("indexing interrupted: {}", failure);
        failures.report(failure);
      }
      lease.close();
      pause(backoff.next());
    }
    lease.close();
  }

  /**
   * Projects the blocks as they come. While catching up (blocks below the peer's height as last
   * asked, at most once a second) it projects up to {@value #BATCH} blocks per database
   * transaction; a block at the height is projected at once, so that it is visible without delay.
   */
  private void follow(long startBlock) {
    log.info("active: reading blocks from {}", startBlock);
    List<ParsedBlock> batch = new ArrayList<>();
    long height = chain.height();
    long heightAsked = System.nanoTime();
    try (CloseableIterator<Block> blocks = blockEvents.from(startBlock)) {
      stream = blocks;
      while (running && blocks.hasNext()) {
        ParsedBlock block = BlockParser.parse(blocks.next(), chaincode);
        batch.add(block);
        if (block.number() >= height - 1 && System.nanoTime() - heightAsked > 1_000_000_000L) {
          height = chain.height();
          heightAsked = System.nanoTime();
        }
        if (batch.size() >= BATCH || block.number() >= height - 1) {
          lease.check();
          projector.apply(batch);
          batch.clear();
          backoff.reset();
        }
      }
    } finally {
      stream = null;
    }
  }

  private void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
