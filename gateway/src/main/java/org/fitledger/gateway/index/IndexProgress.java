package org.fitledger.gateway.index;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The highest block this gateway has projected, so that a write can wait until its block is in the
 * index before answering.
 *
 * <p>{@code progress.awaitProjected(submitted.blockNumber())}
 */
@Component
public class IndexProgress {
  private static final Logger log = LoggerFactory.getLogger(IndexProgress.class);

  private final Duration timeout;
  private long projected = -1;

  /**
   * @param timeout how long {@link #awaitProjected(long)} waits ({@code
   *     fitledger.index.visibility-timeout}, default 5 s)
   */
  public IndexProgress(@Value("${fitledger.index.visibility-timeout:5s}") Duration timeout) {
    this.timeout = timeout;
  }

  /** Records that every block up to this one is projected. */
  public synchronized void projected(long blockNumber) {
    if (blockNumber > projected) {
      projected = blockNumber;
      notifyAll();
    }
  }

  /**
   * Waits until a block is projected, at most the configured timeout.
   *
   * @param blockNumber the block
   * @return whether it is projected
   */
  public synchronized boolean awaitProjected(long blockNumber) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (projected < blockNumber) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          log.warn(
              "block {} not projected after {}; last projected {}",
              blockNumber,
              timeout,
              projected);
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return projected >= blockNumber;
    }
  }
}
