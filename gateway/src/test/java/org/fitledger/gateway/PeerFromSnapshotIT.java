package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A new peer joins an org from a snapshot ({@code ./fitledger add-peer patrol}): the Patrol org's
 * first peer writes a snapshot of the channel at its last block, the second peer joins from it
 * without the blocks before it, takes the later blocks (a patrol recorded after it joined among
 * them) from the ordering service, and ends at the same height and block hash as the first.
 */
class PeerFromSnapshotIT {
  private static final Duration SAME_HEIGHT_WITHIN = Duration.ofSeconds(90);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void a_peer_joined_from_a_snapshot_ends_at_the_same_block_hashes_as_the_org_s_first()
      throws Exception {
    String equipment = gateway.freshEquipment("IT snapshot park");
    long started = System.nanoTime();
    Launcher.run(Duration.ofMinutes(5), "add-peer", "patrol");
    Duration joined = Duration.ofNanos(System.nanoTime() - started);
    String patrol = "it-snap-" + UUID.randomUUID();
    assertThat(
            gateway
                .post("inspector1", "api/v1/patrols", LiveGateway.patrol(patrol, equipment))
                .statusCode())
        .isEqualTo(201);
    long committed =
        LiveGateway.json(gateway.get("supervisor1", "api/v1/patrols/" + patrol))
            .get("blockNumber")
            .asLong();

    JsonNode first = null;
    JsonNode added = null;
    long deadline = System.nanoTime() + SAME_HEIGHT_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      first = LedgerCli.chainInfo("patrol");
      added = LedgerCli.chainInfo("patrol/1");
      if (first.get("height").asLong() == added.get("height").asLong()
          && added.get("height").asLong() > committed) {
        break;
      }
      Thread.sleep(1_000);
    }

    System.out.printf(
        "peer1.patrol joined from a snapshot in %d ms; the first peer %s, the added one %s%n",
        joined.toMillis(), first, added);
    assertThat(added.path("bootstrappingSnapshotInfo").path("lastBlockInSnapshot").asLong(-1))
        .as("the block the added peer's snapshot ends at")
        .isPositive()
        .isLessThan(committed);
    assertThat(added.get("height").asLong()).isEqualTo(first.get("height").asLong());
    assertThat(added.get("height").asLong()).isGreaterThan(committed);
    assertThat(added.get("currentBlockHash").asString())
        .isEqualTo(first.get("currentBlockHash").asString());
  }
}
