package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.inspectionJson;
import static org.fitledger.chaincode.World.patrolJson;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.util.Collections;
import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatrolValidationTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  private void assertInvalid(String request, String message) {
    InMemoryLedger.Snapshot before = ledger.snapshot();
    assertRefused(
            () -> world.patrols.record(ledger.tx(INSPECTOR), request), ErrorCode.INVALID_INPUT)
        .hasMessageContaining(message);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  private void assertInvalidInspection(String from, String to, String message) {
    String inspection = inspectionJson("EQ-1", "MAJOR");
    assertThat(inspection).contains(from);
    assertInvalid(patrolJson("P-1", inspection.replace(from, to)), message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"level\":\"ROUTINE\"|\"level\":\"DAILY\"|inspections[0].level must be one of",
        "\"condition\":\"DEFECT\"|\"condition\":\"BROKEN\"|inspections[0].condition must be one of",
        "\"condition\":\"DEFECT\"|\"condition\":\"OK\"|defect is required iff condition is DEFECT",
        "\"bolts\":\"PASS\"|\"bolts\":\"YES\"|inspections[0].checklist.bolts must be one of",
        "\"bolts\":\"PASS\"|\"bolts/nuts\":\"PASS\"|item names must match",
        "\"latitude\":31.2304|\"latitude\":90.1|inspections[0].gps.latitude must be within",
        "\"longitude\":121.4737|\"longitude\":180.5|inspections[0].gps.longitude must be within",
        "\"accuracyMeters\":5|\"accuracyMeters\":-1|accuracyMeters must be within",
        "\"accuracyMeters\":5|\"accuracyMeters\":\"NaN\"|field \"inspections[0].gps.accuracyMeters\" has the wrong type",
        "\"latitude\":31.2304|\"latitude\":\"Infinity\"|field \"inspections[0].gps.latitude\" has the wrong type",
        "\"observedAt\":\"2026-11-21T09:59:00Z\"|\"observedAt\":\"yesterday\"|ISO-8601 instant",
        "\"severity\":\"MAJOR\"|\"severity\":\"HIGH\"|inspections[0].defect.severity must be one of",
        "\"category\":\"MECHANICAL\"|\"category\":\"RUST\"|defect.category must be one of",
        "\"description\":\"loose bolt\"|\"description\":\"\"|defect.description must not be blank",
        "\"notes\":\"\"|\"notes\":7|field \"inspections[0].notes\" has the wrong type",
        "\"notes\":\"\"|\"mood\":\"\"|unknown field \"inspections[0].mood\"",
        "\"equipmentId\":\"EQ-1\"|\"equipmentId\":\"EQ 1\"|equipmentId must match"
      })
  void refuses_an_invalid_inspection_and_changes_nothing(String row) {
    String[] parts = row.split("\\|");
    assertInvalidInspection(parts[0], parts[1], parts[2]);
  }

  @Test
  void refuses_a_photo_hash_that_is_not_lowercase_hex_sha256() {
    assertInvalidInspection(World.HASH, World.HASH.toUpperCase(), "lowercase hex SHA-256");
    assertInvalidInspection(World.HASH, "abc", "lowercase hex SHA-256");
  }

  @Test
  void refuses_more_than_10_photos() {
    String photos = String.join(",", Collections.nCopies(11, "\"" + World.HASH + "\""));
    assertInvalidInspection(
        "[\"" + World.HASH + "\"]", "[" + photos + "]", "photoHashes must have 0..10");
  }

  @Test
  void refuses_notes_longer_than_1000_characters() {
    assertInvalidInspection(
        "\"notes\":\"\"", "\"notes\":\"" + "n".repeat(1001) + "\"", "at most 1000");
  }

  @Test
  void refuses_an_empty_patrol_or_more_than_50_inspections() {
    assertInvalid("{\"id\":\"P-1\",\"inspections\":[]}", "inspections must have 1..50");
    String many = String.join(",", Collections.nCopies(51, inspectionJson("EQ-1", null)));
    assertInvalid("{\"id\":\"P-1\",\"inspections\":[" + many + "]}", "inspections must have 1..50");
  }

  @Test
  void refuses_the_same_equipment_twice_in_one_patrol() {
    assertInvalid(
        patrolJson("P-1", inspectionJson("EQ-1", null), inspectionJson("EQ-1", null)),
        "equipment EQ-1 appears more than once in the patrol");
  }

  @Test
  void refuses_a_bad_patrol_id() {
    assertInvalid(patrolJson("P/1", inspectionJson("EQ-1", null)), "id must match");
    assertInvalid(patrolJson("p".repeat(65), inspectionJson("EQ-1", null)), "id must match");
  }

  @Test
  void accepts_a_patrol_id_of_64_characters_and_opens_its_ticket() {
    String id = "p".repeat(64);

    world.patrols.record(ledger.tx(INSPECTOR), patrolJson(id, inspectionJson("EQ-1", "MINOR")));

    assertThat(world.tickets.read(ledger.tx(INSPECTOR), id + "-0"))
        .contains("\"id\":\"" + id + "-0\"");
  }
}
