package org.fitledger.gateway.index;

import java.time.Duration;
import java.util.stream.LongStream;

/** The histogram buckets of the index visibility timer: fine below a second, coarse above. */
final class VisibilityBuckets {
  static final Duration[] BOUNDS =
      LongStream.of(
              1, 2, 5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000,
              3000, 5000)
          .mapToObj(Duration::ofMillis)
          .toArray(Duration[]::new);

  private VisibilityBuckets() {}
}
