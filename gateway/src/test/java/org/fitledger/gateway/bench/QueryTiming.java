package org.fitledger.gateway.bench;

import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * The latencies of one query: untimed warm-up runs, then timed runs one after another.
 *
 * @param name what was measured
 * @param rows what the last run answered (rows, or items and total)
 * @param nanos each timed run, sorted
 */
record QueryTiming(String name, String rows, long[] nanos) {

  /** Runs the query; it answers how many rows it returned. */
  static QueryTiming measure(String name, int warmup, int runs, IntSupplier query) {
    for (int i = 0; i < warmup; i++) {
      query.getAsInt();
    }
    long[] nanos = new long[runs];
    int rows = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      rows = query.getAsInt();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return new QueryTiming(name, Integer.toString(rows), nanos);
  }

  /** The same timing, with another description of its answer. */
  QueryTiming answering(String rows) {
    return new QueryTiming(name, rows, nanos);
  }

  /** The nearest-rank percentile, in milliseconds. */
  double percentile(int p) {
    int rank = (int) Math.ceil(p / 100.0 * nanos.length);
    return nanos[Math.max(0, rank - 1)] / 1e6;
  }

  double mean() {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  double max() {
    return nanos[nanos.length - 1] / 1e6;
  }
}
