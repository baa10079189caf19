package org.fitledger.gateway.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Health component {@code index}: how far the index lags the peer, in blocks and in the time from a
 * write's commit until its rows were visible (p50 and p99 of this gateway's writes), and which
 * indexer is active. DOWN when no indexer has held the lock, or the index has lagged without
 * moving, for longer than {@code fitledger.index.stall-after} (30 s), and at once when the index's
 * database cannot be reached, or while an indexer reports a failure ({@code indexerFailure}, such
 * as a full disk) and the index has not moved since. The lag in blocks is also the gauge {@code
 * fitledger.index.lag.blocks}.
 */
@Component
@ConditionalOnWebApplication
class IndexHealthIndicator implements HealthIndicator {
  private final IndexStatus status;
  private final IndexProgress progress;
  private final IndexFailures failures;
  private final long stallAfterNanos;
  private long lastIndexed = -1;
  private long lastMoved = System.nanoTime();
  private long lastActive = System.nanoTime();

  IndexHealthIndicator(
      IndexStatus status,
      IndexProgress progress,
      IndexFailures failures,
      MeterRegistry meters,
      @Value("${fitledger.index.stall-after:30s}") Duration stallAfter) {
    this.status = status;
    this.progress = progress;
    this.failures = failures;
    this.stallAfterNanos = stallAfter.toNanos();
    Gauge.builder("fitledger.index.lag.blocks", status, s -> s.now().lagBlocks())
        .description("committed blocks not yet in the index")
        .register(meters);
  }

  @Override
  public synchronized Health health() {
    IndexStatus.Snapshot now;
    try {
      now = status.now();
    } catch (DataAccessException e) {
      return Health.down().withDetail("error", "the index database cannot be reached").build();
    }
    long time = System.nanoTime();
    if (now.indexedBlock() != lastIndexed || now.lagBlocks() == 0) {
      lastIndexed = now.indexedBlock();
      lastMoved = time;
    }
    if (now.activeIndexer().isPresent()) {
      lastActive = time;
    }
    Optional<IndexFailures.Failure> failing =
        failures.latest().filter(f -> f.receivedNanos() > lastMoved && now.lagBlocks() > 0);
    Health.Builder health =
        failing.isPresent()
                || time - lastActive > stallAfterNanos
                || time - lastMoved > stallAfterNanos
            ? Health.down()
            : Health.up();
    failing.ifPresent(f -> health.withDetail("indexerFailure", f.message()));
    health
        .withDetail("indexedBlock", now.indexedBlock())
        .withDetail("peerHeight", now.peerHeight())
        .withDetail("lagBlocks", now.lagBlocks())
        .withDetail("activeIndexer", now.activeIndexer().orElse("none"))
        .withDetail("standbyIndexers", now.standbyIndexers())
        .withDetail("quarantinedTransactions", status.quarantinedTransactions());
    for (ValueAtPercentile p : progress.visibility().takeSnapshot().percentileValues()) {
      health.withDetail(
          "visibilityP" + Math.round(p.percentile() * 100) + "Millis",
          Math.round(p.value(TimeUnit.MILLISECONDS)));
    }
    return health.build();
  }
}
