package org.fitledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fitledger.chaincode.shared.Fixtures;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "Instant.now",
          "LocalDate.now",
          "LocalDateTime.now",
          "ZonedDateTime.now",
          "OffsetDateTime.now",
          "Clock.",
          "System.currentTimeMillis",
          "System.nanoTime",
          "new Random",
          "ThreadLocalRandom",
          "SecureRandom",
          "UUID.randomUUID",
          "Math.random",
          "HashMap",
          "HashSet",
          "System.getenv");

  private static InMemoryLedger scenario() {
    World world = new World().withDefaultScene();
    world.settings.setLocationTolerance(world.ledger.tx(Fixtures.SUPERVISOR), "30");
    world.patrols.record(
        world.ledger.tx(Fixtures.INSPECTOR),
        World.patrolJson("P-1", World.inspectionJson("EQ-1", "CRITICAL")));
    world.advance("P-1-0", "ack", "safe", "repair", "reject", "repair", "accept");
    world.equipment.retire(world.ledger.tx(Fixtures.SUPERVISOR), "EQ-1", "replaced");
    return world.ledger;
  }

  @Test
  void the_same_transactions_give_byte_identical_state_policies_and_events_on_every_peer() {
    InMemoryLedger first = scenario();
    InMemoryLedger second = scenario();

    assertThat(second.snapshot()).isEqualTo(first.snapshot());
    assertThat(first.events()).hasSize(11);
  }

  @Test
  void the_transaction_timestamp_is_the_only_time_source() {
    InMemoryLedger ledger = scenario();

    assertThat(String.join("", ledger.state().values()))
        .doesNotContain("2025-")
        .contains("2026-11-21T10:15:30.123Z");
  }

  @Test
  void no_main_source_reads_a_clock_randomness_the_environment_or_a_hash_ordered_collection()
      throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> offenders =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .flatMap(DeterminismTest::forbiddenUses)
              .collect(Collectors.toList());
      assertThat(offenders).isEmpty();
    }
  }

  private static Stream<String> forbiddenUses(Path file) {
    try {
      String source = Files.readString(file);
      return FORBIDDEN.stream()
          .filter(source::contains)
          .map(use -> file.getFileName() + ": " + use);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
