package org.fitledger.gateway.index;

import java.time.Duration;
import org.fitledger.gateway.ledger.BlockEvents;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the channel's blocks from the checkpoint on, on its own thread, for as long as the
 * application runs; when the stream fails it reconnects from the checkpoint with backoff.
 */
@Component
class BlockIndexer implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(BlockIndexer.class);

  private final BlockEvents blockEvents;
  private final BlockProjector projector;
  private final String chaincode;
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30));
  private volatile boolean running;
  private volatile CloseableIterator<Block> stream;
  private Thread thread;

  BlockIndexer(BlockEvents blockEvents, BlockProjector projector, NetworkConfig network) {
    this.blockEvents = blockEvents;
    this.projector = projector;
    this.chaincode = network.chaincode();
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = new Thread(this::run, "block-indexer");
    thread.setDaemon(true);
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
    while (running) {
      try {
        follow(projector.nextBlock());
        if (running) {
          log.warn("block stream ended");
        }
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("block stream failed: {}", e.toString());
      }
      pause(backoff.next());
    }
  }

  private void follow(long startBlock) {
    log.info("reading blocks from {}", startBlock);
    try (CloseableIterator<Block> blocks = blockEvents.from(startBlock)) {
      stream = blocks;
      while (running && blocks.hasNext()) {
        projector.apply(BlockParser.parse(blocks.next(), chaincode));
        backoff.reset();
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
