package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * What every fault test checks once its fault is over: nothing acknowledged lost, nothing twice.
 */
final class FaultChecks {
  private static final Duration CATCH_UP = Duration.ofSeconds(120);

  private FaultChecks() {}

  /**
   * The index has caught up with the ledger and equals it ({@code GET /api/v1/audit/verify}), holds
   * every patrol the gateway accepted, and holds exactly as many inspections of {@code equipment}
   * (which only this test's patrols inspected, one each) as there are accepted patrols.
   */
  static void everyAcceptedPatrolIsThereOnce(
      LiveGateway gateway, String equipment, Set<String> accepted) throws InterruptedException {
    awaitUntil(() -> lagBlocks(gateway) == 0, CATCH_UP);
    indexEqualsLedger(gateway);
    for (String patrol : accepted) {
      HttpResponse<String> read = gateway.get("supervisor1", "api/v1/patrols/" + patrol);
      assertThat(read.statusCode()).as(patrol + ": " + read.body()).isEqualTo(200);
    }
    JsonNode inspections =
        LiveGateway.json(
            gateway.get("supervisor1", "api/v1/equipment/" + equipment + "/inspections?size=1"));
    assertThat(inspections.get("total").asLong())
        .as("inspections of %s in the index, one per accepted patrol", equipment)
        .isEqualTo(accepted.size());
  }

  /**
   * Every ticket that {@link WriteTraffic#tickets} took to the end is closed in the index, with
   * each of its steps recorded once however often it was sent: opened, acknowledged, repaired,
   * accepted.
   */
  static void everyTicketClosedOnce(LiveGateway gateway, Set<String> tickets) {
    for (String ticket : tickets) {
      HttpResponse<String> read = gateway.get("supervisor1", "api/v1/tickets/" + ticket);
      assertThat(read.statusCode()).as(ticket + ": " + read.body()).isEqualTo(200);
      JsonNode indexed = LiveGateway.json(read);
      assertThat(indexed.get("state").asString()).as(ticket).isEqualTo("CLOSED");
      assertThat(indexed.get("steps").findValuesAsString("action"))
          .as(ticket)
          .containsExactly("OPEN", "ACKNOWLEDGE", "REPAIR", "ACCEPT");
    }
  }

  /** {@code GET /api/v1/audit/verify} finds the index equal to the ledger and the chain intact. */
  static void indexEqualsLedger(LiveGateway gateway) {
    HttpResponse<String> verified = gateway.get("supervisor1", "api/v1/audit/verify");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    JsonNode report = LiveGateway.json(verified);
    assertThat(report.get("mismatches").toString()).isEqualTo("[]");
    assertThat(report.get("ok").asBoolean()).isTrue();
    assertThat(report.get("transactions").get("index").asLong())
        .isEqualTo(report.get("transactions").get("ledger").asLong());
  }

  /** Waits until {@code condition} holds; fails after {@code timeout}. */
  static void awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + timeout);
      }
      Thread.sleep(100);
    }
  }

  private static long lagBlocks(LiveGateway gateway) {
    try {
      JsonNode details = gateway.indexHealth();
      return details.has("lagBlocks") ? details.get("lagBlocks").asLong() : Long.MAX_VALUE;
    } catch (RuntimeException e) {
      return Long.MAX_VALUE;
    }
  }
}
