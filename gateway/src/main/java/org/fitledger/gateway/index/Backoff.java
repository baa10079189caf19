package org.fitledger.gateway.index;

import java.time.Duration;

/** Doubling delays between reconnects, from a minimum up to a maximum, reset on success. */
final class Backoff {
  private final Duration min;
  private final Duration max;
  private Duration next;

  Backoff(Duration min, Duration max) {
    this.min = min;
    this.max = max;
    this.next = min;
  }

  /** The delay to wait now; the one after it is twice as long, up to the maximum. */
  Duration next() {
    Duration current = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return current;
  }

  /** Starts again from the minimum. */
  void reset() {
    next = min;
  }
}
