package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.fitledger.chaincode.World.PATH;
import static org.fitledger.chaincode.World.equipmentJson;
import static org.fitledger.chaincode.World.inspectionJson;
import static org.fitledger.chaincode.World.patrolJson;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.NextActor;
import org.junit.jupiter.api.Test;

class PatrolRecordingTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  private String record(String request) {
    return world.patrols.record(ledger.tx(INSPECTOR), request);
  }

  @Test
  void records_a_patrol_with_the_location_check_in_the_specified_field_order() {
    String stored = record(patrolJson("P-1", inspectionJson("EQ-1", null)));

    assertThat(stored)
        .isEqualTo(
            "{\"id\":\"P-1\",\"inspector\":\"inspector1\",\"inspectorMsp\":\"PatrolMSP\","
                + "\"recordedAt\":\"2026-11-21T10:15:30.123Z\",\"txId\":\"tx3\",\"inspections\":["
                + "{\"equipmentId\":\"EQ-1\",\"level\":\"ROUTINE\",\"condition\":\"OK\","
                + "\"checklist\":{\"bolts\":\"PASS\",\"surface\":\"NA\"},\"notes\":\"\","
                + "\"photoHashes\":[\""
                + World.HASH
                + "\"],\"gps\":{\"latitude\":31.2304,\"longitude\":121.4737,\"accuracyMeters\":5.0},"
                + "\"observedAt\":\"2026-11-21T09:59:00Z\",\"defect\":null,"
                + "\"distanceMeters\":0.0,\"withinTolerance\":true}]}");
    assertThat(ledger.events())
        .last()
        .isEqualTo(
            new InMemoryLedger.Event(
                "PatrolRecorded", "{\"changes\":[{\"kind\":\"patrol\",\"id\":\"P-1\"}]}"));
  }

  @Test
  void stores_the_checklist_sorted_by_item() {
    String inspection =
        inspectionJson("EQ-1", null)
            .replace(
                "{\"bolts\":\"PASS\",\"surface\":\"NA\"}", "{\"zz\":\"FAIL\",\"aa\":\"PASS\"}");

    assertThat(record(patrolJson("P-1", inspection)))
        .contains("\"checklist\":{\"aa\":\"PASS\",\"zz\":\"FAIL\"}");
  }

  @Test
  void records_an_inspection_without_photo_hashes_or_checklist_with_none() {
    String inspection =
        inspectionJson("EQ-1", null)
            .replace("\"photoHashes\":[\"" + World.HASH + "\"],", "")
            .replace("\"checklist\":{\"bolts\":\"PASS\",\"surface\":\"NA\"},", "");

    assertThat(record(patrolJson("P-1", inspection)))
        .contains("\"checklist\":{},\"notes\":\"\",\"photoHashes\":[],");
  }

  @Test
  void flags_a_fix_beyond_the_tolerance() {
    world.settings.setLocationTolerance(ledger.tx(SUPERVISOR), "50");
    String far =
        inspectionJson("EQ-1", null)
            .replace("\"latitude\":31.2304,\"longitude\"", "\"latitude\":31.2310,\"longitude\"");

    assertThat(record(patrolJson("P-1", far)))
        .contains("\"distanceMeters\":66.7,\"withinTolerance\":false");
  }

  @Test
  void opens_a_ticket_per_defect_in_the_same_transaction_with_one_event() {
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-2", PATH));
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-3", PATH));

    String patrol =
        record(
            patrolJson(
                "P-1",
                inspectionJson("EQ-1", "MAJOR"),
                inspectionJson("EQ-2", null),
                inspectionJson("EQ-3", "CRITICAL")));

    assertThat(ledger.stored(RecordKind.PATROL, "P-1")).contains(patrol);
    String first = ledger.stored(RecordKind.TICKET, "P-1-0").orElseThrow();
    assertThat(ledger.stored(RecordKind.TICKET, "P-1-2")).isPresent();
    assertThat(ledger.stored(RecordKind.TICKET, "P-1-1")).isEmpty();
    assertThat(first)
        .contains("\"source\":{\"patrolId\":\"P-1\",\"inspection\":0},\"openedBy\":\"inspector1\"")
        .contains(
            "\"severity\":\"MAJOR\",\"category\":\"MECHANICAL\",\"description\":\"loose bolt\"")
        .contains("\"company\":\"GREENFIX\",\"contractId\":\"C-1\",\"slaVersion\":1");
    assertThat(ledger.lastEvent())
        .isEqualTo(
            new InMemoryLedger.Event(
                "PatrolRecorded",
                "{\"changes\":[{\"kind\":\"patrol\",\"id\":\"P-1\"},"
                    + "{\"kind\":\"ticket\",\"id\":\"P-1-0\"},"
                    + "{\"kind\":\"ticket\",\"id\":\"P-1-2\"}]}"));
    assertThat(ledger.policy(RecordKind.TICKET, "P-1-0")).contains(NextActor.CONTRACTOR);
  }

  @Test
  void returns_the_stored_patrol_and_writes_nothing_on_replay() {
    String stored = record(patrolJson("P-1", inspectionJson("EQ-1", "MINOR")));
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertThat(
            world.patrols.record(
                ledger.tx(INSPECTOR), patrolJson("P-1", inspectionJson("EQ-1", "MINOR"))))
        .isEqualTo(stored);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_the_same_id_with_different_content_and_changes_nothing() {
    record(patrolJson("P-1", inspectionJson("EQ-1", null)));
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () -> record(patrolJson("P-1", inspectionJson("EQ-1", "MINOR"))),
            ErrorCode.PATROL_ID_CONFLICT)
        .hasMessage("PATROL_ID_CONFLICT: patrol P-1 was already recorded with different content");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_equipment_outside_the_inspectors_districts_as_not_found() {
    assertRefused(
            () ->
                world.patrols.record(
                    ledger.tx(INSPECTOR_XH), patrolJson("P-1", inspectionJson("EQ-1", null))),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-1");
    assertThat(ledger.stored(RecordKind.PATROL, "P-1")).isEmpty();
  }

  @Test
  void a_patrol_resent_by_an_inspector_of_another_district_is_refused_like_a_new_one() {
    String request = patrolJson("P-1", inspectionJson("EQ-1", null));
    world.patrols.record(ledger.tx(INSPECTOR), request);
    InMemoryLedger.Snapshot before = ledger.snapshot();

    Throwable replayed =
        catchThrowable(() -> world.patrols.record(ledger.tx(INSPECTOR_XH), request));
    Throwable fresh =
        catchThrowable(
            () ->
                world.patrols.record(
                    ledger.tx(INSPECTOR_XH), patrolJson("P-2", inspectionJson("EQ-1", null))));

    assertThat(replayed).isInstanceOf(Refusal.class).hasMessage(fresh.getMessage());
    assertThat(replayed.getMessage()).isEqualTo("EQUIPMENT_NOT_FOUND: no equipment with id EQ-1");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void a_patrol_resent_after_its_equipment_was_retired_still_returns_the_stored_record() {
    String request = patrolJson("P-1", inspectionJson("EQ-1", null));
    String stored = world.patrols.record(ledger.tx(INSPECTOR), request);
    world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "replaced");

    assertThat(world.patrols.record(ledger.tx(INSPECTOR), request)).isEqualTo(stored);
  }

  @Test
  void refuses_a_contractor_or_a_supervisor() {
    assertRefused(
        () ->
            world.patrols.record(
                ledger.tx(CONTRACTOR), patrolJson("P-1", inspectionJson("EQ-1", null))),
        ErrorCode.ACCESS_DENIED);
    assertRefused(
        () ->
            world.patrols.record(
                ledger.tx(SUPERVISOR), patrolJson("P-1", inspectionJson("EQ-1", null))),
        ErrorCode.ACCESS_DENIED);
  }

  @Test
  void refuses_unknown_or_retired_equipment_and_changes_nothing() {
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-2", PATH));
    world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-2", "gone");
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () ->
                record(
                    patrolJson(
                        "P-1", inspectionJson("EQ-1", "MINOR"), inspectionJson("EQ-9", null))),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-9");
    assertRefused(
        () -> record(patrolJson("P-1", inspectionJson("EQ-2", null))), ErrorCode.EQUIPMENT_RETIRED);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_a_patrol_whose_ticket_id_is_taken_and_changes_nothing() {
    world.tickets.open(ledger.tx(SUPERVISOR), World.ticketJson("P-1-0", "EQ-1", "MINOR"));
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () -> record(patrolJson("P-1", inspectionJson("EQ-1", "MAJOR"))),
            ErrorCode.TICKET_EXISTS)
        .hasMessage("TICKET_EXISTS: ticket P-1-0 already exists");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void reads_a_patrol_or_reports_it_missing() {
    String stored = record(patrolJson("P-1", inspectionJson("EQ-1", null)));

    assertThat(world.patrols.read(ledger.tx(CONTRACTOR), "P-1")).isEqualTo(stored);
    assertRefused(
            () -> world.patrols.read(ledger.tx(CONTRACTOR), "P-404"), ErrorCode.PATROL_NOT_FOUND)
        .hasMessage("PATROL_NOT_FOUND: no patrol with id P-404");
  }
}
