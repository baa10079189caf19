package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * What every fault test checks once its fault is over: nothing acknowledged lost, nothing twice.
 * Each check counts what it finds and then asserts the counts, so that a failure says how many.
 */
final class FaultChecks {
  private static final Duration CATCH_UP = Duration.ofSeconds(120);

  /** Opened, acknowledged, repaired, accepted. */
  private static final int TICKET_STEPS = 4;

  /**
   * What the index holds of the records a fault test's clients had accepted.
   *
   * @param accepted how many records the gateway acknowledged
   * @param lost how many of them the index does not hold (as they were acknowledged)
   * @param duplicates how many more than acknowledged it holds: records or steps twice
   */
  record Tally(long accepted, long lost, long duplicates) {
    Tally plus(Tally other) {
      return new Tally(accepted + other.accepted, lost + other.lost, duplicates + other.duplicates);
    }
  }

  private FaultChecks() {}

  /**
   * Once the index has caught up with the ledger and equals it ({@code GET /api/v1/audit/verify}):
   * every patrol the gateway accepted is readable, and the index holds exactly as many inspections
   * of {@code equipment} (which only this test's patrols inspected, one each) as there are accepted
   * patrols.
   */
  static Tally everyAcceptedPatrolIsThereOnce(
      LiveGateway gateway, String equipment, Set<String> accepted) throws InterruptedException {
    awaitUntil(() -> lagBlocks(gateway) == 0, CATCH_UP);
    indexEqualsLedger(gateway);
    long lost =
        accepted.stream()
            .filter(id -> gateway.get("supervisor1", "api/v1/patrols/" + id).statusCode() != 200)
            .count();
    long inspections =
        LiveGateway.json(
                gateway.get("supervisor1", "api/v1/equipment/" + equipment + "/inspections?size=1"))
            .get("total")
            .asLong();
    Tally tally = new Tally(accepted.size(), lost, inspections - (accepted.size() - lost));
    assertThat(tally)
        .as(
            "patrols accepted, lost and recorded twice; %d inspections of %s",
            inspections, equipment)
        .isEqualTo(new Tally(accepted.size(), 0, 0));
    return tally;
  }

  /**
   * Every ticket that {@link WriteTraffic#tickets} took to the end is closed in the index (else a
   * step it acknowledged is lost), with its four steps (opened, acknowledged, repaired, accepted)
   * each recorded once however often it was sent.
   */
  static Tally everyTicketClosedOnce(LiveGateway gateway, Set<String> tickets) {
    long lost = 0;
    long duplicates = 0;
    for (String ticket : tickets) {
      HttpResponse<String> read = gateway.get("supervisor1", "api/v1/tickets/" + ticket);
      if (read.statusCode() != 200) {
        lost++;
        continue;
      }
      JsonNode indexed = LiveGateway.json(read);
      List<String> steps = indexed.get("steps").findValuesAsString("action");
      duplicates += Math.max(0, steps.size() - TICKET_STEPS);
      if (!indexed.get("state").asString().equals("CLOSED")) {
        lost++;
      }
    }
    Tally tally = new Tally(tickets.size(), lost, duplicates);
    assertThat(tally)
        .as("tickets closed, lost (not closed) and steps recorded twice")
        .isEqualTo(new Tally(tickets.size(), 0, 0));
    return tally;
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
