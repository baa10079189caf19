package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Losing the ordering service's Raft leader. Under a steady load of patrols from clients that send
 * each patrol again under its own id until it is accepted, the orderer that leads the channel's
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
    String equipment = gateway.freshEquipment("IT raft park");
    PatrolTraffic traffic = PatrolTraffic.start(gateway, equipment, "it-raft", CLIENTS);
    String leader;
    String successor;
    Duration resumed;
    try {
      Thread.sleep(5_000);
      leader = leader();
      long killed = System.nanoTime();
      Launcher.killHard(Launcher.pid(leader));
      Thread.sleep(15_000);
      resumed = traffic.acceptedAgainAfter(killed);
      successor = leader();
      Launcher.run("start", "network");
      Thread.sleep(5_000);
    } finally {
      traffic.stop();
    }
    Set<String> accepted = traffic.accepted();
    Map<Integer, Long> statuses = traffic.statuses();

    System.out.printf(
        "Raft leader %s killed: a patrol sent after the kill was accepted %d ms later, under"
            + " leader %s; %d patrols accepted; answers by status %s%n",
        leader, resumed.toMillis(), successor, accepted.size(), statuses);
    assertThat(successor).isNotEqualTo(leader);
    assertThat(resumed).isLessThan(RESUME_WITHIN);
    assertThat(statuses.keySet())
        .as("every answer was an acceptance or a refusal as unavailable")
        .isSubsetOf(200, 201, 503);
    FaultChecks.everyAcceptedPatrolIsThereOnce(gateway, equipment, accepted);
  }

  private static String leader() throws Exception {
    String[] lines = Launcher.run("leader").strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
