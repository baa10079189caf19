package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The index's disk full. Under a steady load of patrols and ticket steps, the disk that holds the
 * index's tables is left without a free byte ({@code ./fitledger disk full}) for 30 s. The ledger
 * does not depend on it, so writes go on being accepted; the indexer fails to add their rows, and
 * health says DOWN and why: the index's disk is full. Once the space is back ({@code disk free}),
 * the index catches up without any other step, and every write accepted meanwhile is in it once.
 */
class IndexDiskFullFaultIT {
  private static final Duration FULL_FOR = Duration.ofSeconds(30);
  private static final Duration REPORTED_WITHIN = Duration.ofSeconds(20);
  private static final Duration CAUGHT_UP_WITHIN = Duration.ofSeconds(90);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void writes_go_on_while_the_index_disk_is_full_health_says_why_and_the_index_catches_up()
      throws Exception {
    FaultLoad load = FaultLoad.start(gateway, "it-disk", 2, 1);
    Duration reportedAfter;
    String failure;
    long acceptedWhileFull;
    Duration caughtUpAfter;
    try {
      Thread.sleep(3_000);
      long full = System.nanoTime();
      try {
        Launcher.run("disk", "full");
        FaultChecks.awaitUntil(() -> !indexFailure().isEmpty(), REPORTED_WITHIN);
        reportedAfter = Duration.ofNanos(System.nanoTime() - full);
        failure = indexFailure();
        Thread.sleep(Math.max(0, FULL_FOR.minus(reportedAfter).toMillis()));
        acceptedWhileFull = load.patrols().answeredBetween(201, full, System.nanoTime());
      } finally {
        Launcher.run("disk", "free");
      }
      long freed = System.nanoTime();
      FaultChecks.awaitUntil(() -> indexUpAndCaughtUp(), CAUGHT_UP_WITHIN);
      caughtUpAfter = Duration.ofNanos(System.nanoTime() - freed);
    } finally {
      load.stop();
    }

    System.out.printf(
        "the index's disk full for %d s: health said \"%s\" after %d ms; %d patrols accepted"
            + " meanwhile; the index caught up %d ms after the space came back; %s%n",
        FULL_FOR.toSeconds(),
        failure,
        reportedAfter.toMillis(),
        acceptedWhileFull,
        caughtUpAfter.toMillis(),
        load.summary());
    assertThat(failure).startsWith("the index's disk is full: ");
    assertThat(acceptedWhileFull)
        .as("patrols accepted while the index's disk was full")
        .isPositive();
    assertThat(load.statuses()).isSubsetOf(200, 201, 503);
    FaultResults.record(
        "the index's disk full for 30 s",
        "DOWN naming the full disk after "
            + reportedAfter.toMillis()
            + " ms; caught up "
            + caughtUpAfter.toMillis()
            + " ms after the space came back",
        acceptedWhileFull + " patrols accepted while it was full",
        load.nothingLostNothingTwice());
  }

  /** The index health's {@code indexerFailure} while it is DOWN, else empty. */
  private String indexFailure() {
    JsonNode index = gateway.indexHealthComponent();
    return index.path("status").asString("").equals("DOWN")
        ? index.path("details").path("indexerFailure").asString("")
        : "";
  }

  private boolean indexUpAndCaughtUp() {
    JsonNode index = gateway.indexHealthComponent();
    return index.path("status").asString("").equals("UP")
        && index.path("details").path("lagBlocks").asLong(-1) == 0;
  }
}
