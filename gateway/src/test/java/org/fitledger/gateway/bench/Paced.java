package org.fitledger.gateway.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Another workload sent at a fixed rate rather than as fast as the clients go: the requests are
 * spaced evenly, each client taking the next free turn, so that the stack runs below its ceiling
 * (the index lag is measured at 80% of the patrol throughput this way). A request's latency is
 * timed from when it is sent (at its turn, or later when every client was busy), not from when its
 * client began to wait for the turn.
 */
final class Paced implements Workload {
  private final Workload workload;
  private final double rate;
  private final long spacing;
  private final AtomicLong nextTurn = new AtomicLong(System.nanoTime());

  /**
   * @param workload what to send
   * @param rate requests per second
   */
  Paced(Workload workload, double rate) {
    if (!(rate > 0)) {
      throw new IllegalArgumentException("a paced workload needs a positive rate: " + rate);
    }
    this.workload = workload;
    this.rate = rate;
    this.spacing = Math.round(1e9 / rate);
  }

  @Override
  public String name() {
    return String.format("%s at %.1f/s", workload.name(), rate);
  }

  @Override
  public void awaitTurn() throws InterruptedException {
    // A turn missed while every client was busy is not made up in a burst.
    long now = System.nanoTime();
    long turn = nextTurn.getAndUpdate(next -> Math.max(next, now) + spacing);
    long wait = Math.max(turn, now) - now;
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  @Override
  public Answer next(int client) {
    return workload.next(client);
  }
}
