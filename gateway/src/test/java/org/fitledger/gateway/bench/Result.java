package org.fitledger.gateway.bench;

import java.util.Map;

/**
 * One workload measured at one concurrency.
 *
 * @param workload the workload's name
 * @param clients how many closed-loop clients ran it
 * @param seconds how long the measurement lasted
 * @param latencies the latency of every successful request that completed within the measurement,
 *     in nanoseconds, sorted
 * @param errors how many requests failed, by error
 * @param blocks how many distinct blocks the successful requests were committed in
 * @param cpu where the CPU went during the measurement
 * @param visibility how long the measured writes took from commit until visible in the index
 * @param loadBefore the load averages when the measurement began
 * @param loadAfter the load averages when it ended
 * @param note anything else worth knowing about the run
 * @param profile where the CPU went per function ({@link Profiles}), or empty
 */
record Result(
    String workload,
    int clients,
    double seconds,
    long[] latencies,
    Map<String, Long> errors,
    long blocks,
    CpuMeter.Usage cpu,
    IndexVisibility.Span visibility,
    String loadBefore,
    String loadAfter,
    String note,
    String profile) {

  /** CPU time of the stack's processes, this benchmark not counted, per committed transaction. */
  double cpuPerTransaction() {
    return throughput() == 0 ? 0.0 : 10 * cpu.stack() / throughput();
  }

  long ok() {
    return latencies.length;
  }

  /** Committed transactions per second: each successful request is one committed transaction. */
  double throughput() {
    return ok() / seconds;
  }

  double percentileMillis(double percentile) {
    if (latencies.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
    return latencies[Math.max(0, Math.min(latencies.length - 1, rank))] / 1e6;
  }

  long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  Result withNote(String text) {
    return new Result(
        workload,
        clients,
        seconds,
        latencies,
        errors,
        blocks,
        cpu,
        visibility,
        loadBefore,
        loadAfter,
        text,
        profile);
  }
}
