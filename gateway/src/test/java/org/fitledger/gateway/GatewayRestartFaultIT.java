package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The gateway killed ten times under load. Clients send 1,000 patrols between them, each patrol 1
 * to 5 times (as a phone does that did not hear its answer) and again until it is accepted, while
 * the gateway is killed with SIGKILL at random moments and started again, ten times. Exactly 1,000
 * patrols are on the ledger and in the index: none lost, none twice. The phones' sessions outlive
 * each restart: no request is refused for its token.
 */
class GatewayRestartFaultIT {
  private static final int PATROLS = 1_000;
  private static final int MAX_SENDS = 5;
  private static final int KILLS = 10;
  private static final int CLIENTS = 4;

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final Random random = new Random();

  @Test
  void a_thousand_patrols_sent_up_to_five_times_across_ten_gateway_kills_are_recorded_once()
      throws Exception {
    String equipment = gateway.freshEquipment("IT gateway kill park");
    WriteTraffic traffic =
        WriteTraffic.startCounted(
            gateway, "it-gw", WriteTraffic.patrols(equipment), CLIENTS, PATROLS, MAX_SENDS);
    List<Integer> acceptedAtKill = new ArrayList<>();
    List<Long> restartMillis = new ArrayList<>();
    try {
      for (int kill = 0; kill < KILLS; kill++) {
        Thread.sleep(2_000 + random.nextInt(4_000));
        acceptedAtKill.add(traffic.accepted().size());
        Launcher.killHard(Launcher.pid("gateway"));
        long killed = System.nanoTime();
        Launcher.run("start", "gateway");
        restartMillis.add(Duration.ofNanos(System.nanoTime() - killed).toMillis());
      }
    } finally {
      traffic.awaitDone();
    }

    System.out.printf(
        "gateway killed %d times, with %s patrols accepted at each kill; back up after %s ms;"
            + " %d patrols accepted, %d requests sent again after their acceptance; answers %s%n",
        KILLS,
        acceptedAtKill,
        restartMillis,
        traffic.accepted().size(),
        traffic.sentAgainAfterAccepted(),
        traffic.statuses());
    assertThat(acceptedAtKill.get(KILLS - 1))
        .as("patrols accepted when the gateway was last killed: the load was still running")
        .isLessThan(PATROLS);
    assertThat(traffic.accepted()).hasSize(PATROLS);
    assertThat(traffic.sentAgainAfterAccepted()).as("patrols sent more than once").isPositive();
    assertThat(traffic.statuses().keySet()).isSubsetOf(WriteTraffic.NO_ANSWER, 200, 201, 503);
    FaultResults.record(
        "gateway killed 10 times",
        "back up within "
            + restartMillis.stream().mapToLong(Long::longValue).max().orElse(0)
            + " ms each time",
        PATROLS
            + " patrols sent "
            + (PATROLS + traffic.sentAgainAfterAccepted())
            + " times besides retries",
        FaultChecks.everyAcceptedPatrolIsThereOnce(gateway, equipment, traffic.accepted()));
  }
}
