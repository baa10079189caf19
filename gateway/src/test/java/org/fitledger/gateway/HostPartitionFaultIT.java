package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An org's host cut off for 60 s: the Contractor's (its peer, chaincode server, CA and orderer3)
 * loses its link while patrols, which the Authority and Patrol endorse, keep coming. Patrols go on
 * being accepted; a contractor's ticket step, which needs the Contractor's peer, is refused as
 * unavailable (503) within its deadline; health names the Contractor's peer unreachable and the
 * others up. Once the link is back, the same step is accepted, the Contractor's peer catches up to
 * the same block hashes as the others, and every accepted patrol is in the index once.
 */
class HostPartitionFaultIT {
  private static final Duration CUT = Duration.ofSeconds(60);
  private static final Duration STEP_DEADLINE = Duration.ofSeconds(45);
  private static final String[] ORGS = {"authority", "patrol", "contractor"};

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void a_host_cut_off_for_a_minute_refuses_only_what_needs_it_and_catches_up() throws Exception {
    TicketFixtures tickets = new TicketFixtures(gateway, "GREENFIX", "contractor1");
    String ticket = tickets.open("MINOR");
    FaultLoad load = FaultLoad.start(gateway, "it-cut", 2, 1);
    long acceptedWhileCut;
    HttpResponse<String> refused;
    Duration refusedAfter;
    String peerHealth;
    try {
      Thread.sleep(3_000);
      Launcher.run("host", "cut", "contractor");
      long cut = System.nanoTime();
      try {
        refused = acknowledge(ticket);
        refusedAfter = Duration.ofNanos(System.nanoTime() - cut);
        peerHealth = peerHealth();
        Thread.sleep(
            Math.max(0, CUT.toMillis() - Duration.ofNanos(System.nanoTime() - cut).toMillis()));
        acceptedWhileCut = load.patrols().answeredBetween(201, cut, System.nanoTime());
      } finally {
        Launcher.run("host", "join", "contractor");
      }
    } finally {
      load.stop();
    }
    long joined = System.nanoTime();
    HttpResponse<String> acknowledged = acknowledgeOnceReachable(ticket);
    Duration stepAgain = Duration.ofNanos(System.nanoTime() - joined);

    System.out.printf(
        "contractor cut off for %d s: %d patrols accepted meanwhile; a contractor step answered %d"
            + " in %d ms (%s); peer health %s; after the join the step answered %d; %s%n",
        CUT.toSeconds(),
        acceptedWhileCut,
        refused.statusCode(),
        refusedAfter.toMillis(),
        refused.body(),
        peerHealth,
        acknowledged.statusCode(),
        load.summary());
    assertThat(acceptedWhileCut)
        .as("patrols accepted while the contractor was cut off")
        .isPositive();
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refusedAfter).isLessThan(STEP_DEADLINE);
    assertThat(peerHealth)
        .contains("\"AuthorityMSP\":\"UP\"")
        .contains("\"PatrolMSP\":\"UP\"")
        .contains("\"ContractorMSP\":\"LEDGER_UNAVAILABLE");
    assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
    Map<String, JsonNode> chains = sameHeight();
    assertThat(
            chains.values().stream()
                .map(info -> info.get("currentBlockHash").asString())
                .distinct())
        .as("the peers' newest block hashes at height %s", chains)
        .hasSize(1);
    FaultResults.record(
        "the Contractor's host cut off for 60 s",
        "its step accepted " + stepAgain.toMillis() + " ms after the join; same block hashes",
        acceptedWhileCut
            + " patrols accepted while cut; its step answered 503 in "
            + refusedAfter.toMillis()
            + " ms",
        load.nothingLostNothingTwice());
  }

  private HttpResponse<String> acknowledge(String ticket) {
    return gateway.post(
        "contractor1", "api/v1/tickets/" + ticket + "/acknowledgement", "{\"note\":\"seen\"}");
  }

  /** The step, sent again while the Contractor's peer is still reconnecting. */
  private HttpResponse<String> acknowledgeOnceReachable(String ticket) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    HttpResponse<String> answer = acknowledge(ticket);
    while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(1_000);
      answer = acknowledge(ticket);
    }
    return answer;
  }

  /** The health component {@code peer}: its status, then its details. */
  private String peerHealth() {
    JsonNode peer =
        LiveGateway.json(gateway.get("supervisor1", "actuator/health"))
            .path("components")
            .path("peer");
    return peer.path("status").asString() + " " + peer.path("details");
  }

  /** Each peer's chain info, once all three have the same height. */
  private static Map<String, JsonNode> sameHeight() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      Map<String, JsonNode> chains = new LinkedHashMap<>();
      for (String org : ORGS) {
        chains.put(org, LedgerCli.chainInfo(org));
      }
      if (chains.values().stream().map(info -> info.get("height").asLong()).distinct().count() == 1
          || System.nanoTime() > deadline) {
        return chains;
      }
      Thread.sleep(1_000);
    }
  }
}
