package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An org's chaincode server killed. Under a steady load of patrols and ticket steps, the Patrol
 * org's chaincode server is killed with SIGKILL: every patrol needs the Patrol org's endorsement,
 * so writes answer 503 naming the org whose chaincode server cannot be reached, and none is
 * accepted falsely. Once the server is started again, patrols are accepted again without any other
 * step, and every accepted patrol is in the index once.
 */
class ChaincodeServerFaultIT {
  private static final Duration DOWN_FOR = Duration.ofSeconds(10);
  private static final Duration RECOVER_WITHIN = Duration.ofSeconds(30);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void writes_answer_503_naming_the_org_while_its_chaincode_server_is_down_and_recover_after()
      throws Exception {
    FaultLoad load = FaultLoad.start(gateway, "it-cc", 2, 1);
    HttpResponse<String> refused;
    Duration recovered;
    try {
      Thread.sleep(3_000);
      Launcher.killHard(Launcher.pid("chaincode-patrol"));
      refused = gateway.post("supervisor1", "api/v1/ledger/ping", "");
      Thread.sleep(DOWN_FOR.toMillis());
      long restarted = System.nanoTime();
      Launcher.run("start", "network");
      recovered = load.patrols().acceptedAgainAfter(restarted, Duration.ofSeconds(90));
    } finally {
      load.stop();
    }
    Map<Integer, Long> statuses = load.patrols().statuses();

    System.out.printf(
        "chaincode-patrol killed: a write answered %d (%s); after the restart a patrol was accepted"
            + " in %d ms; %s%n",
        refused.statusCode(), refused.body(), recovered.toMillis(), load.summary());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(LiveGateway.json(refused).get("message").asString())
        .isEqualTo("the chaincode server of PatrolMSP cannot be reached; try again");
    assertThat(statuses).containsKey(503);
    assertThat(load.statuses()).isSubsetOf(200, 201, 503);
    assertThat(recovered).isLessThan(RECOVER_WITHIN);
    FaultResults.record(
        "an org's chaincode server killed (Patrol)",
        "writes accepted again " + recovered.toMillis() + " ms after its restart",
        "writes answered 503 naming PatrolMSP; answers " + statuses,
        load.nothingLostNothingTwice());
  }
}
