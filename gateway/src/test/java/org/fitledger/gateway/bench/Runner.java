package org.fitledger.gateway.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a workload with a fixed number of closed-loop clients (one thread each, a request at a time)
 * for a warm-up and then a measurement. Only requests that complete within the measurement count;
 * each client ends after its request in flight at the end.
 */
final class Runner {
  private final Duration warmup;
  private final Duration measure;
  private final CpuMeter cpu;
  private final IndexVisibility visibility;
  private final Profiles profiles;

  Runner(
      Duration warmup,
      Duration measure,
      CpuMeter cpu,
      IndexVisibility visibility,
      Profiles profiles) {
    this.warmup = warmup;
    this.measure = measure;
    this.cpu = cpu;
    this.visibility = visibility;
    this.profiles = profiles;
  }

  /** Runs a workload for a while without measuring it, to warm the JVMs' compilers up. */
  void warm(Workload workload, int clients, Duration time) {
    new Runner(time, Duration.ofMillis(1), cpu, visibility, null).run(workload, clients);
  }

  Result run(Workload workload, int clients) {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long measureTo = measureFrom + measure.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Tally>> tallies = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int client = i;
        tallies.add(pool.submit(() -> loop(workload, client, measureFrom, measureTo)));
      }
      sleepUntil(measureFrom);
      String loadBefore = CpuMeter.loadAverage();
      CpuMeter.Sample first = cpu.sample();
      Map<Double, Long> visibleBefore = visibility.sample();
      Profiles.Recording recording =
          profiles == null ? () -> "" : profiles.start(workload.name() + "-" + clients, measure);
      sleepUntil(measureTo);
      CpuMeter.Sample last = cpu.sample();
      Map<Double, Long> visibleAfter = visibility.sample();
      String loadAfter = CpuMeter.loadAverage();
      Tally all = new Tally();
      for (Future<Tally> tally : tallies) {
        all.add(tally.get());
      }
      double seconds = (measureTo - measureFrom) / 1e9;
      long[] latencies = Arrays.copyOf(all.latencies, all.count);
      Arrays.sort(latencies);
      return new Result(
          workload.name(),
          clients,
          seconds,
          latencies,
          all.errors,
          all.blocks.size(),
          CpuMeter.between(first, last),
          IndexVisibility.Span.between(visibleBefore, visibleAfter),
          loadBefore,
          loadAfter,
          "",
          recording.summary());
    } catch (ExecutionException e) {
      throw new IllegalStateException("a client of " + workload.name() + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Tally loop(Workload workload, int client, long measureFrom, long measureTo)
      throws InterruptedException {
    Tally tally = new Tally();
    while (System.nanoTime() < measureTo) {
      workload.awaitTurn();
      long sent = System.nanoTime();
      Answer answer = workload.next(client);
      long done = System.nanoTime();
      if (done < measureFrom || done >= measureTo) {
        continue;
      }
      if (answer.ok()) {
        tally.latency(done - sent);
        tally.blocks.add(answer.blockNumber());
      } else {
        tally.errors.merge(answer.error(), 1L, Long::sum);
      }
    }
    return tally;
  }

  private static void sleepUntil(long nanos) throws InterruptedException {
    long left;
    while ((left = nanos - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, left / 1_000_000));
    }
  }

  /** What one client saw; merged after the run. */
  private static final class Tally {
    private long[] latencies = new long[1024];
    private int count;
    private final Map<String, Long> errors = new TreeMap<>();
    private final Set<Long> blocks = new HashSet<>();

    void latency(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }

    void add(Tally other) {
      for (int i = 0; i < other.count; i++) {
        latency(other.latencies[i]);
      }
      other.errors.forEach((error, n) -> errors.merge(error, n, Long::sum));
      blocks.addAll(other.blocks);
    }
  }
}
