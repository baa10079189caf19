package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Losing the ordering service's Raft leader. Under a steady load of patrols and ticket steps from
 * clients that send each request again until it is accepted, the orderer that leads the channel's
 * Raft cluster is killed with SIGKILL. The other two elect a leader among themselves and patrols
 * commit again within 10 s; meanwhile a write is refused as unavailable (503), never accepted
 * falsely. The killed orderer is started again, and every patrol the gateway accepted is in the
 * index once, which equals the ledger.
 */
class RaftLeaderFaultIT {
  private static final Duration RESUME_WITHIN = Duration.ofSeconds(10);
  private static final int CLIENTS = 4;

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void commits_resume_within_10_s_of_killing_the_raft_leader_and_nothing_accepted_is_lost()
      throws Exception {
    FaultLoad load = FaultLoad.start(gateway, "it-raft", CLIENTS, 1);
    String leader;
    String successor;
    Duration resumed;
    long acceptedAfterKill;
    try {
      Thread.sleep(5_000);
      leader = Launcher.orderingLeader();
      long killed = System.nanoTime();
      Launcher.killHard(Launcher.pid(leader));
      Thread.sleep(15_000);
      resumed = load.patrols().acceptedAgainAfter(killed, Duration.ofSeconds(60));
      acceptedAfterKill = load.patrols().answeredBetween(201, killed, System.nanoTime());
      successor = Launcher.orderingLeader();
      Launcher.run("start", "network");
      Thread.sleep(5_000);
    } finally {
      load.stop();
    }

    System.out.printf(
        "Raft leader %s killed: a patrol sent after the kill was accepted %d ms later, under"
            + " leader %s; %s%n",
        leader, resumed.toMillis(), successor, load.summary());
    assertThat(successor).isNotEqualTo(leader);
    assertThat(resumed).isLessThan(RESUME_WITHIN);
    assertThat(load.statuses())
        .as("every answer was an acceptance or a refusal as unavailable")
        .isSubsetOf(200, 201, 503);
    assertThat(load.tickets().accepted()).as("tickets closed under the load").isNotEmpty();
    FaultResults.record(
        "Raft leader killed (SIGKILL)",
        "writes accepted again " + resumed.toMillis() + " ms after the kill",
        acceptedAfterKill + " patrols accepted in the 15 s after the kill",
        load.nothingLostNothingTwice());
  }
}
