package org.fitledger.chaincode.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.PATH;
import static org.fitledger.chaincode.World.equipmentJson;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_PD;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class EquipmentLifecycleTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  @Test
  void updates_equipment_keeping_its_registration_and_moving_its_index_entry() {
    ledger.at(T2);
    String updated =
        world.equipment.update(ledger.tx(SUPERVISOR), equipmentJson("EQ-1", "SH/PD/ZJ/C02"));

    assertThat(updated)
        .contains("\"districtPath\":\"SH/PD/ZJ/C02\"")
        .contains("\"registeredAt\":\"2026-11-21T10:15:30.123Z\"")
        .contains("\"updatedAt\":\"2026-11-22T08:00:00Z\"");
    assertThat(ledger.state())
        .containsKey("\u0000equipment-district\u0000SH\u0000PD\u0000ZJ\u0000C02\u0000EQ-1\u0000")
        .doesNotContainKey(
            "\u0000equipment-district\u0000SH\u0000PD\u0000ZJ\u0000C01\u0000EQ-1\u0000");
    assertThat(ledger.lastEvent().name()).isEqualTo("EquipmentUpdated");
  }

  @Test
  void writes_nothing_when_an_update_changes_nothing() {
    InMemoryLedger.Snapshot before = ledger.snapshot();

    world.equipment.update(ledger.tx(SUPERVISOR), equipmentJson("EQ-1", PATH));

    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_to_move_equipment_out_of_the_supervisors_districts() {
    assertRefused(
        () ->
            world.equipment.update(ledger.tx(SUPERVISOR_PD), equipmentJson("EQ-1", "SH/XH/AA/C01")),
        ErrorCode.ACCESS_DENIED);
  }

  @Test
  void equipment_outside_the_supervisors_districts_is_refused_as_not_found_even_when_retired() {
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-2", PATH));
    world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-2", "gone");
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () -> world.equipment.update(ledger.tx(SUPERVISOR_XH), equipmentJson("EQ-1", PATH)),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-1");
    assertRefused(
            () -> world.equipment.retire(ledger.tx(SUPERVISOR_XH), "EQ-1", "x"),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-1");
    assertRefused(
            () -> world.equipment.retire(ledger.tx(SUPERVISOR_XH), "EQ-2", "x"),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-2");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_to_update_unknown_equipment() {
    assertRefused(
            () -> world.equipment.update(ledger.tx(SUPERVISOR), equipmentJson("EQ-9", PATH)),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-9");
  }

  @Test
  void retires_equipment_without_open_tickets() {
    String retired = world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "vandalised");

    assertThat(retired).contains("\"retired\":true");
    assertThat(world.equipment.read(ledger.tx(INSPECTOR), "EQ-1"))
        .endsWith(",\"status\":\"RETIRED\"}");
    assertThat(ledger.lastEvent().name()).isEqualTo("EquipmentRetired");
  }

  @Test
  void refuses_to_update_or_retire_retired_equipment() {
    world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "vandalised");

    assertRefused(
            () -> world.equipment.update(ledger.tx(SUPERVISOR), equipmentJson("EQ-1", PATH)),
            ErrorCode.EQUIPMENT_RETIRED)
        .hasMessage("EQUIPMENT_RETIRED: equipment EQ-1 is retired");
    assertRefused(
        () -> world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "again"),
        ErrorCode.EQUIPMENT_RETIRED);
  }

  @Test
  void refuses_to_retire_equipment_with_open_tickets_and_changes_nothing() {
    world.openTicket("T-1", "MINOR");
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () -> world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "old"),
            ErrorCode.TICKETS_OPEN)
        .hasMessage("TICKETS_OPEN: equipment EQ-1 has open tickets");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void retires_equipment_once_its_tickets_are_closed() {
    world.openTicket("T-1", "MINOR");
    world.advance("T-1", "ack", "repair", "accept");

    assertThat(world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "old"))
        .contains("\"retired\":true");
  }

  @Test
  void refuses_a_retirement_without_reason() {
    assertRefused(
        () -> world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", " "), ErrorCode.INVALID_INPUT);
  }
}
