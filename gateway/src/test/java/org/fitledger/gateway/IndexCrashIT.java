package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Crash safety of the index: under a steady load of patrols, the active indexer is killed with
 * SIGKILL 20 times at random moments (the standby takes over, the killed one is started again and
 * stands by), then PostgreSQL is killed 3 times. Every patrol is retried with its own id until the
 * gateway accepts it, as the field app does. Afterwards verification finds no gap and nothing
 * twice: the index holds exactly the ledger's valid transactions and records, and every accepted
 * patrol is readable.
 */
class IndexCrashIT {
  private static final int INDEXER_KILLS = 20;
  private static final int POSTGRES_KILLS = 3;
  private static final int CLIENTS = 4;
  private static final Duration TAKEOVER = Duration.ofSeconds(60);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final Random random = new Random();

  @Test
  void killing_indexers_and_postgres_under_load_loses_nothing_and_counts_nothing_twice()
      throws Exception {
    String equipment = gateway.freshEquipment("IT crash park");
    WriteTraffic traffic =
        WriteTraffic.start(gateway, "it-crash", WriteTraffic.patrols(equipment), CLIENTS);
    try {
      for (int kill = 0; kill < INDEXER_KILLS; kill++) {
        Thread.sleep(300 + random.nextInt(2500));
        long active = awaitActiveIndexer(-1);
        String part = Launcher.pid("indexer-1") == active ? "indexer-1" : "indexer-2";
        assertThat(Launcher.pid(part))
            .as("the active indexer is one of the stack's")
            .isEqualTo(active);
        Launcher.killHard(active);
        long successor = awaitActiveIndexer(active);
        assertThat(successor).isNotEqualTo(active);
        Launcher.run("start", part);
        awaitStandby(Launcher.pid(part));
      }
      for (int kill = 0; kill < POSTGRES_KILLS; kill++) {
        Thread.sleep(1000 + random.nextInt(3000));
        Launcher.killHard(Launcher.postgresPid());
        Launcher.startPostgres();
        awaitActiveIndexer(-1);
      }
      Thread.sleep(3000);
    } finally {
      traffic.stop();
    }
    Set<String> accepted = traffic.accepted();

    assertThat(accepted).hasSizeGreaterThan(INDEXER_KILLS);
    FaultChecks.everyAcceptedPatrolIsThereOnce(gateway, equipment, accepted);
  }

  /** Waits for an active indexer other than {@code not}; its PID. */
  private long awaitActiveIndexer(long not) throws InterruptedException {
    long deadline = System.nanoTime() + TAKEOVER.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Long> active = activeIndexer();
      if (active.isPresent() && active.get() != not) {
        return active.get();
      }
      sleep(100);
    }
    throw new AssertionError("no indexer other than pid " + not + " became active in " + TAKEOVER);
  }

  private Optional<Long> activeIndexer() {
    return indexHealth()
        .map(details -> details.path("activeIndexer").asString(""))
        .filter(name -> name.contains("pid="))
        .map(IndexCrashIT::pidOf);
  }

  /** Waits until the indexer process has started and stands by, ready to take over. */
  private void awaitStandby(long pid) throws InterruptedException {
    FaultChecks.awaitUntil(
        () ->
            indexHealth().stream()
                .flatMap(details -> details.path("standbyIndexers").valueStream())
                .anyMatch(name -> pidOf(name.asString()) == pid),
        Duration.ofMinutes(3));
  }

  private static long pidOf(String applicationName) {
    return Long.parseLong(
        applicationName.substring(applicationName.indexOf("pid=") + 4).split("\\D")[0]);
  }

  private Optional<JsonNode> indexHealth() {
    try {
      JsonNode details = gateway.indexHealth();
      return details.isMissingNode() ? Optional.empty() : Optional.of(details);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
