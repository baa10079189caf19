package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The index's PostgreSQL down for 30 s. Under a steady load of patrols and ticket steps, PostgreSQL
 * is killed with SIGKILL. The ledger does not depend on the index, so writes go on being accepted
 * while health answers 503 DOWN and reads that need the index 503 INDEX_UNAVAILABLE; once
 * PostgreSQL is started again, health is UP and every write accepted meanwhile is indexed, once.
 */
class PostgresOutageFaultIT {
  private static final Duration DOWN_FOR = Duration.ofSeconds(30);
  private static final Duration HEALTH_WITHIN = Duration.ofSeconds(15);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void writes_go_on_while_postgres_is_down_health_says_down_and_all_are_indexed_after()
      throws Exception {
    FaultLoad load = FaultLoad.start(gateway, "it-pg", 2, 1);
    Duration downAfter;
    HttpResponse<String> healthWhileDown;
    HttpResponse<String> readWhileDown;
    long acceptedWhileDown;
    Duration upAfter;
    try {
      Thread.sleep(3_000);
      Launcher.killHard(Launcher.postgresPid());
      long down = System.nanoTime();
      FaultChecks.awaitUntil(() -> health().statusCode() == 503, HEALTH_WITHIN);
      downAfter = Duration.ofNanos(System.nanoTime() - down);
      healthWhileDown = health();
      readWhileDown = gateway.get("supervisor1", "api/v1/tickets?size=1");
      Thread.sleep(Math.max(0, DOWN_FOR.minus(downAfter).toMillis()));
      acceptedWhileDown = load.patrols().answeredBetween(201, down, System.nanoTime());
      Launcher.startPostgres();
      long back = System.nanoTime();
      FaultChecks.awaitUntil(() -> health().statusCode() == 200, Duration.ofSeconds(60));
      upAfter = Duration.ofNanos(System.nanoTime() - back);
      Thread.sleep(3_000);
    } finally {
      load.stop();
    }

    System.out.printf(
        "PostgreSQL down for %d s: health answered %d %s after %d ms; %d patrols accepted meanwhile;"
            + " health UP %d ms after the restart; %s%n",
        DOWN_FOR.toSeconds(),
        healthWhileDown.statusCode(),
        healthWhileDown.body(),
        downAfter.toMillis(),
        acceptedWhileDown,
        upAfter.toMillis(),
        load.summary());
    assertThat(LiveGateway.json(healthWhileDown).get("status").asString()).isEqualTo("DOWN");
    assertThat(readWhileDown.statusCode()).as(readWhileDown.body()).isEqualTo(503);
    assertThat(LiveGateway.json(readWhileDown).get("code").asString())
        .isEqualTo("INDEX_UNAVAILABLE");
    assertThat(acceptedWhileDown).as("patrols accepted while PostgreSQL was down").isPositive();
    assertThat(load.statuses()).isSubsetOf(200, 201, 503);
    FaultResults.record(
        "PostgreSQL down for 30 s",
        "health DOWN after "
            + downAfter.toMillis()
            + " ms, UP "
            + upAfter.toMillis()
            + " ms after its restart",
        acceptedWhileDown + " patrols accepted while it was down",
        load.nothingLostNothingTwice());
  }

  private HttpResponse<String> health() {
    try {
      return gateway.get(null, "actuator/health");
    } catch (RuntimeException e) {
      throw new AssertionError("the gateway did not answer its health check", e);
    }
  }
}
