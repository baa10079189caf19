package org.fitledger.gateway.index;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The highest block whose rows are visible in the index, as the indexer's notifications tell this
 * gateway, so that a write can wait until its block is in the index before answering. How long each
 * write waited from its commit until its rows were visible is the timer {@value #VISIBILITY}.
 *
 * <p>{@code progress.awaitProjected(submitted.blockNumber())}
 */
@Component
public class IndexProgress {
  /** The timer of the time from a write's commit until its rows are visible in the index. */
  public static final String VISIBILITY = "fitledger.index.visibility";

  private static final Logger log = LoggerFactory.getLogger(IndexProgress.class);

  private final Duration timeout;
  private final Timer visibility;
  private long projected = -1;
  // The highest visible block when a wait last ran out: until a block beyond it is projected, the
  // index is not moving (its database down, its disk full) and a write does not wait for it again.
  private long stalledAt = -2;

  /**
   * @param timeout how long {@link #awaitProjected(long)} waits ({@code
   *     fitledger.index.visibility-timeout}, default 5 s)
   * @param meters where the visibility timer is registered
   */
  public IndexProgress(
      @Value("${fitledger.index.visibility-timeout:5s}") Duration timeout, MeterRegistry meters) {
    this.timeout = timeout;
    this.visibility =
        Timer.builder(VISIBILITY)
            .description("time from a write's commit until its rows are visible in the index")
            .publishPercentiles(0.5, 0.99)
            .serviceLevelObjectives(VisibilityBuckets.BOUNDS)
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(timeout)
            .register(meters);
  }

  /** Records that every block up to this one is visible. */
  public synchronized void projected(long blockNumber) {
    if (blockNumber > projected) {
      projected = blockNumber;
      notifyAll();
    }
  }

  /** The timer of the time from a write's commit until its rows were visible. */
  public Timer visibility() {
    return visibility;
  }

  /** The highest block known to be visible, or -1. */
  public synchronized long projected() {
    return projected;
  }

  /**
   * Waits until a committed block is visible in the index, at most the configured timeout, and
   * records how long that took. Once a wait has run out, later ones return at once until the index
   * moves again: a write then answers without the index rather than 5 s late each time.
   *
   * @param blockNumber the block
   * @return whether it is visible
   */
  public synchronized boolean awaitProjected(long blockNumber) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    try {
      while (projected < blockNumber) {
        long left = deadline - System.nanoTime();
        if (projected == stalledAt) {
          return false;
        }
        if (left <= 0) {
          log.warn(
              "block {} not visible in the index after {}; last visible {}; until the index moves,"
                  + " writes answer without waiting for it",
              blockNumber,
              timeout,
              projected);
          stalledAt = projected;
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      visibility.record(Duration.ofNanos(System.nanoTime() - start));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return projected >= blockNumber;
    }
  }
}
