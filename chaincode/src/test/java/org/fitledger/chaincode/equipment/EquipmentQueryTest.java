package org.fitledger.chaincode.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.equipmentJson;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class EquipmentQueryTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  @Test
  void reads_equipment_with_a_derived_in_service_status_from_any_organization() {
    assertThat(world.equipment.read(ledger.tx(CONTRACTOR), "EQ-1"))
        .startsWith("{\"id\":\"EQ-1\",")
        .endsWith(",\"txId\":\"tx1\",\"status\":\"IN_SERVICE\"}");
  }

  @Test
  void is_out_of_service_while_a_critical_ticket_is_made_safe_and_back_in_service_when_closed() {
    world.openTicket("T-1", "CRITICAL");
    world.advance("T-1", "ack");
    assertThat(status()).isEqualTo("IN_SERVICE");

    world.advance("T-1", "safe");
    assertThat(status()).isEqualTo("OUT_OF_SERVICE");

    world.advance("T-1", "repair", "reject");
    assertThat(status()).isEqualTo("OUT_OF_SERVICE");

    world.advance("T-1", "repair", "accept");
    assertThat(status()).isEqualTo("IN_SERVICE");
  }

  @Test
  void reports_unknown_equipment_as_not_found() {
    assertRefused(
            () -> world.equipment.read(ledger.tx(CONTRACTOR), "EQ-404"),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-404");
    assertRefused(
        () -> world.equipment.read(ledger.tx(CONTRACTOR), "EQ/1"), ErrorCode.INVALID_INPUT);
  }

  @Test
  void returns_the_history_of_an_equipment_key_oldest_first() {
    ledger.at(T2);
    world.equipment.update(ledger.tx(SUPERVISOR), equipmentJson("EQ-1", "SH/PD/ZJ/C02"));

    String history = world.equipment.history(ledger.tx(CONTRACTOR), "EQ-1");

    assertThat(history)
        .startsWith(
            "[{\"txId\":\"tx1\",\"timestamp\":\"2026-11-21T10:15:30.123Z\",\"deleted\":false,"
                + "\"value\":{\"id\":\"EQ-1\",")
        .contains("{\"txId\":\"tx3\",\"timestamp\":\"2026-11-22T08:00:00Z\",\"deleted\":false,");
  }

  @Test
  void lists_equipment_under_a_prefix_at_segment_boundaries() {
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-2", "SH/PD/ZJ/C02"));
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-3", "SH/PDX/ZJ/C01"));
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-4", "SH/XH/AA/C01"));

    assertThat(ids(world.equipment.list(ledger.tx(CONTRACTOR), "SH/PD"))).isEqualTo("EQ-1,EQ-2");
    assertThat(ids(world.equipment.list(ledger.tx(CONTRACTOR), "SH")))
        .isEqualTo("EQ-1,EQ-2,EQ-3,EQ-4");
    assertThat(ids(world.equipment.list(ledger.tx(CONTRACTOR), "SH/PD/ZJ/C02"))).isEqualTo("EQ-2");
    assertThat(world.equipment.list(ledger.tx(CONTRACTOR), "BJ")).isEqualTo("[]");
  }

  @Test
  void refuses_a_malformed_prefix() {
    assertRefused(
        () -> world.equipment.list(ledger.tx(CONTRACTOR), "SH/"), ErrorCode.INVALID_INPUT);
  }

  private String status() {
    String read = world.equipment.read(ledger.tx(CONTRACTOR), "EQ-1");
    return read.substring(read.lastIndexOf(":\"") + 2, read.length() - 2);
  }

  private static String ids(String list) {
    return String.join(
        ",",
        java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"")
            .matcher(list)
            .results()
            .map(m -> m.group(1))
            .toArray(String[]::new));
  }
}
