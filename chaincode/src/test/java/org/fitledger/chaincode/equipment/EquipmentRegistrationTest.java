package org.fitledger.chaincode.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.T1;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.util.Map;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquipmentRegistrationTest {
  static final String REQUEST =
      "{\"id\":\"EQ-1\",\"type\":\"pull-up bar\",\"site\":\"Riverside Park\"}";
  static final String STORED =
      "{\"id\":\"EQ-1\",\"type\":\"pull-up bar\",\"site\":\"Riverside Park\","
          + "\"status\":\"IN_SERVICE\",\"registeredBy\":\"Admin@authority.fitledger.example\","
          + "\"registeredAt\":\"2026-11-21T10:15:30.123Z\",\"txId\":\"tx1\"}";

  private final InMemoryLedger ledger = new InMemoryLedger();
  private final EquipmentService equipment = new EquipmentService(new JsonCodec());

  @Test
  void registers_equipment_with_fields_in_the_specified_order() {
    String result = equipment.register(ledger.transaction(SUPERVISOR, "tx1", T1), REQUEST);

    assertThat(result).isEqualTo(STORED);
    assertThat(ledger.stored("equipment", "EQ-1")).contains(STORED);
  }

  @Test
  void emits_EquipmentRegistered_carrying_the_stored_json() {
    equipment.register(ledger.transaction(SUPERVISOR, "tx1", T1), REQUEST);

    assertThat(ledger.events())
        .containsExactly(new InMemoryLedger.Event("EquipmentRegistered", STORED));
  }

  @Test
  void writes_the_same_bytes_for_the_same_request_on_every_peer() {
    InMemoryLedger otherPeer = new InMemoryLedger();

    equipment.register(ledger.transaction(SUPERVISOR, "tx1", T1), REQUEST);
    equipment.register(otherPeer.transaction(SUPERVISOR, "tx1", T1), REQUEST);

    assertThat(otherPeer.snapshot()).isEqualTo(ledger.snapshot());
  }

  @Test
  void refuses_registration_from_an_inspector_identity() {
    assertRefusedWithoutWriting(INSPECTOR);
  }

  @Test
  void refuses_registration_from_a_contractor_identity() {
    assertRefusedWithoutWriting(CONTRACTOR);
  }

  @Test
  void returns_the_stored_record_when_the_same_equipment_is_registered_again() {
    equipment.register(ledger.transaction(SUPERVISOR, "tx1", T1), REQUEST);

    String again = equipment.register(ledger.transaction(SUPERVISOR, "tx2", T2), REQUEST);

    assertThat(again).isEqualTo(STORED);
    assertThat(ledger.writes()).isEqualTo(1);
    assertThat(ledger.events()).hasSize(1);
  }

  @Test
  void refuses_the_same_id_with_another_type_or_site_and_changes_nothing() {
    equipment.register(ledger.transaction(SUPERVISOR, "tx1", T1), REQUEST);
    Map<String, String> before = ledger.snapshot();

    assertRefused(
        () ->
            equipment.register(
                ledger.transaction(SUPERVISOR, "tx2", T2),
                "{\"id\":\"EQ-1\",\"type\":\"leg press\",\"site\":\"Riverside Park\"}"),
        ErrorCode.EQUIPMENT_EXISTS);
    assertThat(ledger.snapshot()).isEqualTo(before);
    assertThat(ledger.events()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"EQ 1\",\"type\":\"bar\",\"site\":\"Park\"}",
        "{\"type\":\"bar\",\"site\":\"Park\"}",
        "{\"id\":\"EQ-1\",\"type\":\"\",\"site\":\"Park\"}",
        "{\"id\":\"EQ-1\",\"type\":\"bar\"}",
        "{\"id\":\"EQ-1\",\"type\":\"bar\",\"site\":\"Park\",\"status\":\"RETIRED\"}",
        "{\"id\":\"EQ-1\",\"type\":\"bar\",\"site\":\"Park\""
      })
  void refuses_invalid_requests_and_writes_nothing(String request) {
    assertRefused(
        () -> equipment.register(ledger.transaction(SUPERVISOR, "tx1", T1), request),
        ErrorCode.INVALID_INPUT);
    assertThat(ledger.writes()).isZero();
    assertThat(ledger.events()).isEmpty();
  }

  @Test
  void accepts_a_type_and_site_of_100_characters_and_refuses_101() {
    String hundred = "x".repeat(100);
    equipment.register(
        ledger.transaction(SUPERVISOR, "tx1", T1),
        "{\"id\":\"EQ-1\",\"type\":\"" + hundred + "\",\"site\":\"" + hundred + "\"}");

    assertRefused(
        () ->
            equipment.register(
                ledger.transaction(SUPERVISOR, "tx2", T1),
                "{\"id\":\"EQ-2\",\"type\":\"" + hundred + "x\",\"site\":\"Park\"}"),
        ErrorCode.INVALID_INPUT);
    assertRefused(
        () ->
            equipment.register(
                ledger.transaction(SUPERVISOR, "tx3", T1),
                "{\"id\":\"EQ-3\",\"type\":\"bar\",\"site\":\"" + hundred + "x\"}"),
        ErrorCode.INVALID_INPUT);
  }

  private void assertRefusedWithoutWriting(Caller caller) {
    assertRefused(
            () -> equipment.register(ledger.transaction(caller, "tx1", T1), REQUEST),
            ErrorCode.ACCESS_DENIED)
        .hasMessageContaining("AuthorityMSP");
    assertThat(ledger.writes()).isZero();
    assertThat(ledger.events()).isEmpty();
  }
}
