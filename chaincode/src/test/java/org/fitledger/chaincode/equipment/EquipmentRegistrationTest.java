package org.fitledger.chaincode.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.PATH;
import static org.fitledger.chaincode.World.equipmentJson;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.T1;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquipmentRegistrationTest {
  static final String STORED =
      "{\"id\":\"EQ-1\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"PB-2\","
          + "\"serial\":\"S-EQ-1\",\"site\":\"Riverside\",\"districtPath\":\"SH/PD/ZJ/C01\","
          + "\"latitude\":31.2304,\"longitude\":121.4737,\"installedOn\":\"2024-05-01\","
          + "\"warrantyUntil\":\"2027-04-30\","
          + "\"inspectionIntervals\":{\"ROUTINE\":7,\"FUNCTIONAL\":30,\"STRUCTURAL\":365},"
          + "\"retired\":false,\"registeredBy\":\"supervisor1\","
          + "\"registeredAt\":\"2026-11-21T10:15:30.123Z\","
          + "\"updatedAt\":\"2026-11-21T10:15:30.123Z\",\"txId\":\"tx1\"}";

  private final World world = new World();
  private final InMemoryLedger ledger = world.ledger;

  private String register(Caller caller, String request) {
    return world.equipment.register(ledger.tx(caller), request);
  }

  @Test
  void registers_equipment_with_fields_in_the_specified_order() {
    assertThat(register(SUPERVISOR, equipmentJson("EQ-1", PATH))).isEqualTo(STORED);
    assertThat(ledger.stored(RecordKind.EQUIPMENT, "EQ-1")).contains(STORED);
  }

  @Test
  void sets_one_EquipmentRegistered_event_listing_the_stored_record() {
    register(SUPERVISOR, equipmentJson("EQ-1", PATH));

    assertThat(ledger.events())
        .containsExactly(
            new InMemoryLedger.Event(
                "EquipmentRegistered", "{\"changes\":[{\"kind\":\"equipment\",\"id\":\"EQ-1\"}]}"));
  }

  @Test
  void indexes_the_equipment_by_its_district_segments() {
    register(SUPERVISOR, equipmentJson("EQ-1", PATH));

    assertThat(ledger.state())
        .containsKey("\u0000equipment-district\u0000SH\u0000PD\u0000ZJ\u0000C01\u0000EQ-1\u0000");
  }

  @Test
  void returns_the_stored_record_and_writes_nothing_when_the_same_equipment_comes_again() {
    register(SUPERVISOR, equipmentJson("EQ-1", PATH));
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertThat(register(SUPERVISOR, equipmentJson("EQ-1", PATH))).isEqualTo(STORED);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_the_same_id_with_other_content_and_changes_nothing() {
    register(SUPERVISOR, equipmentJson("EQ-1", PATH));
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () -> register(SUPERVISOR, equipmentJson("EQ-1", PATH, "Lakeside")),
            ErrorCode.EQUIPMENT_EXISTS)
        .hasMessage("EQUIPMENT_EXISTS: equipment EQ-1 is already registered with other content");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_an_inspector_or_a_contractor() {
    assertRefused(() -> register(INSPECTOR, equipmentJson("EQ-1", PATH)), ErrorCode.ACCESS_DENIED)
        .hasMessage(
            "ACCESS_DENIED: only supervisors may register equipment; the caller's role is inspector");
    assertRefused(() -> register(CONTRACTOR, equipmentJson("EQ-1", PATH)), ErrorCode.ACCESS_DENIED);
    assertThat(ledger.writes()).isZero();
  }

  @Test
  void refuses_a_supervisor_outside_the_equipments_district() {
    assertRefused(
            () -> register(SUPERVISOR_XH, equipmentJson("EQ-1", PATH)), ErrorCode.ACCESS_DENIED)
        .hasMessage("ACCESS_DENIED: supervisor3 may act only in SH/XH, not in SH/PD/ZJ/C01");
    assertThat(ledger.writes()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"districtPath\":\"SH/PD/ZJ/C01\"|\"districtPath\":\"SH/PD/ZJ\"",
        "\"districtPath\":\"SH/PD/ZJ/C01\"|\"districtPath\":\"SH/pd/ZJ/C01\"",
        "\"districtPath\":\"SH/PD/ZJ/C01\"|\"districtPath\":\"SH//ZJ/C01\"",
        "\"latitude\":31.2304|\"latitude\":90.5",
        "\"latitude\":31.2304|\"latitude\":\"31.2\"",
        "\"longitude\":121.4737|\"longitude\":-180.1",
        "\"installedOn\":\"2024-05-01\"|\"installedOn\":\"2024-02-30\"",
        "\"installedOn\":\"2024-05-01\"|\"installedOn\":\"1.5.2024\"",
        "\"warrantyUntil\":\"2027-04-30\"|\"warrantyUntil\":\"2024-04-30\"",
        "\"ROUTINE\":7|\"ROUTINE\":0",
        "\"STRUCTURAL\":365|\"STRUCTURAL\":3651",
        "\"ROUTINE\":7,|",
        "\"ROUTINE\":7|\"ROUTINE\":7.5",
        "\"ROUTINE\":7|\"ROUTINE\":7,\"WEEKLY\":1",
        "\"type\":\"pull-up bar\"|\"type\":\" \"",
        "\"id\":\"EQ-1\"|\"id\":\"EQ 1\"",
        "\"serial\":\"S-EQ-1\"|\"serial\":\"S-EQ-1\",\"status\":\"RETIRED\""
      })
  void refuses_invalid_input_and_writes_nothing(String replacement) {
    String[] parts = replacement.split("\\|", -1);
    String request = equipmentJson("EQ-1", PATH).replace(parts[0], parts[1]);

    assertRefused(() -> register(SUPERVISOR, request), ErrorCode.INVALID_INPUT);
    assertThat(ledger.writes()).isZero();
    assertThat(ledger.events()).isEmpty();
  }

  @Test
  void names_the_nested_field_of_the_wrong_type() {
    String request = equipmentJson("EQ-1", PATH).replace("\"ROUTINE\":7", "\"ROUTINE\":\"7\"");

    assertRefused(() -> register(SUPERVISOR, request), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: field \"inspectionIntervals.ROUTINE\" has the wrong type");
  }

  @Test
  void accepts_a_null_warranty_and_empty_make_model_and_serial() {
    String request =
        equipmentJson("EQ-1", PATH)
            .replace("\"warrantyUntil\":\"2027-04-30\"", "\"warrantyUntil\":null")
            .replace("\"make\":\"Acme\",\"model\":\"PB-2\",\"serial\":\"S-EQ-1\",", "");

    assertThat(world.equipment.register(ledger.transaction(SUPERVISOR, "tx1", T1), request))
        .contains("\"make\":\"\",\"model\":\"\",\"serial\":\"\"")
        .contains("\"warrantyUntil\":null");
  }
}
