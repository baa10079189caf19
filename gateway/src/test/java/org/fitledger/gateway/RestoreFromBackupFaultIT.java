package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stack lost and brought back from its backup. A patrol is recorded, the stack is backed up
 * ({@code ./fitledger backup}: stopped, archived, started), a second patrol is recorded, and the
 * backup is restored ({@code ./fitledger restore}). The restored stack holds the first patrol and
 * not the second, on the ledger and in the index alike, passes {@code audit verify}, and records
 * the second patrol when its phone sends it again.
 */
class RestoreFromBackupFaultIT {
  private static final Duration COMMAND_WITHIN = Duration.ofMinutes(10);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void a_restored_backup_holds_what_came_before_it_and_agrees_with_its_index() throws Exception {
    String equipment = gateway.freshEquipment("IT backup park");
    String before = "it-backup-" + UUID.randomUUID();
    String after = "it-backup-" + UUID.randomUUID();
    Path backup = Launcher.runDir().resolve("backups").resolve(before + ".tar.gz");
    assertThat(record(before, equipment).statusCode()).isEqualTo(201);

    long started = System.nanoTime();
    Launcher.run(COMMAND_WITHIN, "backup", backup.toString());
    Duration backedUp = Duration.ofNanos(System.nanoTime() - started);
    assertThat(record(after, equipment).statusCode()).isEqualTo(201);
    started = System.nanoTime();
    Launcher.run(COMMAND_WITHIN, "restore", backup.toString());
    Duration restored = Duration.ofNanos(System.nanoTime() - started);

    int beforeRead = gateway.get("supervisor1", "api/v1/patrols/" + before).statusCode();
    int afterRead = gateway.get("supervisor1", "api/v1/patrols/" + after).statusCode();
    System.out.printf(
        "backup of %d MB in %d ms (the stack stopped and started again); restored in %d ms; the"
            + " patrol before the backup answered %d, the one after it %d%n",
        Files.size(backup) >> 20, backedUp.toMillis(), restored.toMillis(), beforeRead, afterRead);
    assertThat(beforeRead).isEqualTo(200);
    assertThat(afterRead).as("a patrol recorded after the backup").isEqualTo(404);
    FaultChecks.indexEqualsLedger(gateway);
    HttpResponse<String> sentAgain = record(after, equipment);
    assertThat(sentAgain.statusCode()).as(sentAgain.body()).isEqualTo(201);
    FaultResults.record(
        "the stack restored from its backup",
        "backup " + backedUp.toSeconds() + " s, restore " + restored.toSeconds() + " s",
        "the patrol after the backup is gone (404) until it is sent again",
        FaultChecks.everyAcceptedPatrolIsThereOnce(gateway, equipment, Set.of(before, after)));
    Files.delete(backup);
  }

  private HttpResponse<String> record(String patrol, String equipment) {
    return gateway.post("inspector1", "api/v1/patrols", LiveGateway.patrol(patrol, equipment));
  }
}
