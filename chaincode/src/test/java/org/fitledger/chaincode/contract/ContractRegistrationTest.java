package org.fitledger.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.DEFAULT_SLA;
import static org.fitledger.chaincode.World.contractJson;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_PD;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractRegistrationTest {
  static final String STORED =
      "{\"id\":\"C-1\",\"company\":\"GREENFIX\",\"districts\":[\"SH/PD\"],\"sites\":[],"
          + "\"siteDistricts\":[],\"validFrom\":\"2026-01-01\",\"validTo\":\"2027-12-31\",\"sla\":"
          + DEFAULT_SLA
          + ",\"slaVersion\":1,\"registeredBy\":\"supervisor1\","
          + "\"registeredAt\":\"2026-11-21T10:15:30.123Z\",\"txId\":\"tx1\"}";
  private static final String REQUEST = contractJson("C-1", "GREENFIX", "[\"SH/PD\"]", "[]");
  private static final String NEW_SLA =
      DEFAULT_SLA.replace("\"acknowledgeHours\":4", "\"acknowledgeHours\":2");

  private final World world = new World();
  private final InMemoryLedger ledger = world.ledger;

  @Test
  void registers_a_contract_at_sla_version_1_with_one_event() {
    assertThat(world.contracts.register(ledger.tx(SUPERVISOR), REQUEST)).isEqualTo(STORED);
    assertThat(ledger.events())
        .containsExactly(
            new InMemoryLedger.Event(
                "ContractRegistered", "{\"changes\":[{\"kind\":\"contract\",\"id\":\"C-1\"}]}"));
  }

  @Test
  void registers_a_contract_that_leaves_out_its_sites_as_one_with_none() {
    String request = REQUEST.replace(",\"sites\":[]", "");

    assertThat(world.contracts.register(ledger.tx(SUPERVISOR), request)).isEqualTo(STORED);
  }

  @Test
  void refuses_a_contract_without_districts_or_sites_as_invalid_input() {
    String request = REQUEST.replace("\"districts\":[\"SH/PD\"],\"sites\":[],", "");

    assertRefused(
            () -> world.contracts.register(ledger.tx(SUPERVISOR), request), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("at least one district or site");
    assertThat(ledger.writes()).isZero();
  }

  @Test
  void returns_the_stored_contract_for_the_same_request_and_refuses_other_content() {
    world.contracts.register(ledger.tx(SUPERVISOR), REQUEST);
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertThat(world.contracts.register(ledger.tx(SUPERVISOR), REQUEST)).isEqualTo(STORED);
    assertRefused(
            () ->
                world.contracts.register(
                    ledger.tx(SUPERVISOR), REQUEST.replace("GREENFIX", "FIXRIGHT")),
            ErrorCode.CONTRACT_EXISTS)
        .hasMessage("CONTRACT_EXISTS: contract C-1 is already registered with other content");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void a_contract_with_sites_keeps_the_districts_of_its_registrar_as_where_its_sites_apply() {
    String stored =
        world.contracts.register(
            ledger.tx(SUPERVISOR_PD), contractJson("C-2", "GREENFIX", "[]", "[\"Riverside\"]"));

    assertThat(stored).contains("\"sites\":[\"Riverside\"],\"siteDistricts\":[\"SH/PD\"],");
  }

  @Test
  void refuses_a_site_whose_equipment_stands_outside_the_supervisors_districts() {
    world.equipment.register(
        ledger.tx(SUPERVISOR), World.equipmentJson("EQ-X", "SH/XH/AA/C01", "Lakeside"));
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () ->
                world.contracts.register(
                    ledger.tx(SUPERVISOR_PD),
                    contractJson("C-2", "GREENFIX", "[]", "[\"Lakeside\"]")),
            ErrorCode.ACCESS_DENIED)
        .hasMessage(
            "ACCESS_DENIED: supervisor2 may name only sites within SH/PD; equipment at site"
                + " Lakeside stands outside them");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_an_sla_update_by_a_supervisor_outside_the_districts_its_sites_apply_in() {
    world.contracts.register(
        ledger.tx(SUPERVISOR), contractJson("C-2", "GREENFIX", "[]", "[\"Riverside\"]"));

    assertRefused(
        () -> world.contracts.updateSla(ledger.tx(SUPERVISOR_PD), "C-2", NEW_SLA),
        ErrorCode.ACCESS_DENIED);
  }

  @Test
  void versions_the_sla_and_keeps_the_history() {
    world.contracts.register(ledger.tx(SUPERVISOR), REQUEST);

    String updated = world.contracts.updateSla(ledger.tx(SUPERVISOR), "C-1", NEW_SLA);

    assertThat(updated).contains("\"slaVersion\":2").contains("\"acknowledgeHours\":2");
    assertThat(ledger.lastEvent().name()).isEqualTo("ContractSlaUpdated");
    assertThat(world.contracts.read(ledger.tx(CONTRACTOR), "C-1")).isEqualTo(updated);
    assertThat(world.contracts.history(ledger.tx(CONTRACTOR), "C-1"))
        .contains("\"slaVersion\":1")
        .contains("\"slaVersion\":2");
  }

  @Test
  void writes_nothing_when_the_sla_is_unchanged() {
    world.contracts.register(ledger.tx(SUPERVISOR), REQUEST);
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertThat(world.contracts.updateSla(ledger.tx(SUPERVISOR), "C-1", DEFAULT_SLA))
        .isEqualTo(STORED);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_unknown_contracts() {
    assertRefused(
            () -> world.contracts.updateSla(ledger.tx(SUPERVISOR), "C-9", NEW_SLA),
            ErrorCode.CONTRACT_NOT_FOUND)
        .hasMessage("CONTRACT_NOT_FOUND: no contract with id C-9");
    assertRefused(
        () -> world.contracts.read(ledger.tx(SUPERVISOR), "C-9"), ErrorCode.CONTRACT_NOT_FOUND);
    assertRefused(
        () -> world.contracts.history(ledger.tx(SUPERVISOR), "C-9"), ErrorCode.CONTRACT_NOT_FOUND);
  }

  @Test
  void refuses_non_supervisors_and_districts_beyond_the_supervisors_own() {
    assertRefused(
        () -> world.contracts.register(ledger.tx(INSPECTOR), REQUEST), ErrorCode.ACCESS_DENIED);
    assertRefused(
        () ->
            world.contracts.register(
                ledger.tx(SUPERVISOR_PD), contractJson("C-2", "GREENFIX", "[\"SH\"]", "[]")),
        ErrorCode.ACCESS_DENIED);
    world.contracts.register(
        ledger.tx(SUPERVISOR), contractJson("C-3", "GREENFIX", "[\"SH\"]", "[]"));
    assertRefused(
        () -> world.contracts.updateSla(ledger.tx(SUPERVISOR_PD), "C-3", NEW_SLA),
        ErrorCode.ACCESS_DENIED);
  }

  @Test
  void keeps_fractional_hours_to_four_decimals_without_trailing_zeros() {
    String request =
        REQUEST
            .replace("\"acknowledgeHours\":4", "\"acknowledgeHours\":0.2500")
            .replace("\"makeSafeHours\":24", "\"makeSafeHours\":24.0");

    assertThat(world.contracts.register(ledger.tx(SUPERVISOR), request))
        .contains("\"CRITICAL\":{\"acknowledgeHours\":0.25,\"makeSafeHours\":24,");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"company\":\"GREENFIX\"|\"company\":\"green fix\"",
        "\"districts\":[\"SH/PD\"]|\"districts\":[]",
        "\"districts\":[\"SH/PD\"]|\"districts\":[\"SH/P D\"]",
        "\"validTo\":\"2027-12-31\"|\"validTo\":\"2025-12-31\"",
        "\"makeSafeHours\":24,|",
        "\"acknowledgeHours\":24,|\"acknowledgeHours\":24,\"makeSafeHours\":10,",
        "\"repairHours\":72|\"repairHours\":3",
        "\"acknowledgeHours\":4|\"acknowledgeHours\":0",
        "\"acknowledgeHours\":4|\"acknowledgeHours\":0.00001",
        "\"acknowledgeHours\":4|\"acknowledgeHours\":\"4\"",
        "\"acknowledgeHours\":4|\"acknowledgeHours\":\" \"",
        "\"acknowledgeHours\":24,|\"acknowledgeHours\":24,\"makeSafeHours\":\" \",",
        "\"MINOR\":{\"acknowledgeHours\":72,\"repairHours\":720}|\"MINOR\":null",
        "\"sites\":[]|\"sites\":[\"\"]"
      })
  void refuses_invalid_contracts(String replacement) {
    String[] parts = replacement.split("\\|", -1);
    String request = REQUEST.replaceFirst(java.util.regex.Pattern.quote(parts[0]), parts[1]);

    assertRefused(
        () -> world.contracts.register(ledger.tx(SUPERVISOR), request), ErrorCode.INVALID_INPUT);
    assertThat(ledger.writes()).isZero();
  }
}
