package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two of the three orderers down: the ordering service has lost its quorum. Under a steady load of
 * patrols and ticket steps, the two orderers that follow the Raft leader are killed with SIGKILL.
 * The leader alone cannot order anything, so every write answers 503 {@code LEDGER_UNAVAILABLE}
 * within its deadline and none is accepted; once the two are started again, writes go through with
 * no other step, and everything accepted is in the index once.
 */
class OrdererQuorumFaultIT {
  private static final List<String> ORDERERS = List.of("orderer1", "orderer2", "orderer3");
  private static final Duration DOWN_FOR = Duration.ofSeconds(30);
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(45);
  private static final Duration RESUME_WITHIN = Duration.ofSeconds(30);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void writes_answer_503_while_two_of_three_orderers_are_down_and_resume_when_they_return()
      throws Exception {
    FaultLoad load = FaultLoad.start(gateway, "it-quorum", 2, 1);
    List<String> killed;
    HttpResponse<String> refused;
    Duration refusedAfter;
    long acceptedWhileDown;
    Duration longestAnswer;
    Duration resumed;
    try {
      Thread.sleep(3_000);
      String leader = Launcher.orderingLeader();
      killed = ORDERERS.stream().filter(orderer -> !orderer.equals(leader)).toList();
      for (String orderer : killed) {
        Launcher.killHard(Launcher.pid(orderer));
      }
      long down = System.nanoTime();
      refused = gateway.post("supervisor1", "api/v1/ledger/ping", "");
      refusedAfter = Duration.ofNanos(System.nanoTime() - down);
      Thread.sleep(Math.max(0, DOWN_FOR.minus(refusedAfter).toMillis()));
      long restarted = System.nanoTime();
      acceptedWhileDown =
          Stream.of(load.patrols(), load.tickets())
              .mapToLong(traffic -> traffic.answeredBetween(201, down, restarted))
              .sum();
      longestAnswer = load.patrols().longestAnswerAfter(down);
      Launcher.run("start", "network");
      resumed = load.patrols().acceptedAgainAfter(restarted, Duration.ofSeconds(90));
    } finally {
      load.stop();
    }

    System.out.printf(
        "orderers %s killed: a write answered %d in %d ms (%s); %d writes accepted while they were"
            + " down; the longest answer took %d ms; after the restart a patrol was accepted in %d"
            + " ms; %s%n",
        killed,
        refused.statusCode(),
        refusedAfter.toMillis(),
        refused.body(),
        acceptedWhileDown,
        longestAnswer.toMillis(),
        resumed.toMillis(),
        load.summary());
    assertThat(killed).hasSize(2);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(LiveGateway.json(refused).get("code").asString()).isEqualTo("LEDGER_UNAVAILABLE");
    assertThat(refusedAfter).isLessThan(ANSWER_WITHIN);
    assertThat(acceptedWhileDown).as("writes sent and accepted while ordering was down").isZero();
    assertThat(longestAnswer).isLessThan(ANSWER_WITHIN);
    assertThat(load.statuses()).isSubsetOf(200, 201, 503);
    assertThat(resumed).isLessThan(RESUME_WITHIN);
    FaultResults.record(
        "two of three orderers killed",
        "writes accepted again " + resumed.toMillis() + " ms after their restart",
        acceptedWhileDown
            + " accepted while down, every write answered 503 within "
            + longestAnswer.toMillis()
            + " ms",
        load.nothingLostNothingTwice());
  }
}
