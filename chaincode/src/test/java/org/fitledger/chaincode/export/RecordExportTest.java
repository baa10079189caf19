package org.fitledger.chaincode.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.Fixtures;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordExportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;
  private final RecordExport export = new RecordExport(world.json);

  private JsonNode page(String kind, String fromId, int limit) throws Exception {
    return MAPPER.readTree(
        export.page(ledger.tx(Fixtures.SUPERVISOR), kind, fromId, Integer.toString(limit)));
  }

  @Test
  void pages_through_every_record_of_a_kind_in_key_order_exactly_as_stored() throws Exception {
    for (String id : List.of("EQ-4", "EQ-2", "EQ-3", "EQ-5")) {
      world.equipment.register(ledger.tx(Fixtures.SUPERVISOR), World.equipmentJson(id, World.PATH));
    }
    List<String> ids = new ArrayList<>();
    String from = "";
    int pages = 0;
    do {
      JsonNode page = page("equipment", from, 2);
      assertThat(page.get("kind").asText()).isEqualTo("equipment");
      for (JsonNode entry : page.get("records")) {
        String id = entry.get("id").asText();
        ids.add(id);
        assertThat(entry.get("record"))
            .isEqualTo(MAPPER.readTree(ledger.stored(RecordKind.EQUIPMENT, id).orElseThrow()));
      }
      from = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (from != null);

    assertThat(ids).containsExactly("EQ-1", "EQ-2", "EQ-3", "EQ-4", "EQ-5");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void keeps_kinds_apart_and_names_records_without_an_id_field_by_their_key() throws Exception {
    world.settings.setLocationTolerance(ledger.tx(Fixtures.SUPERVISOR), "75");

    JsonNode settings = page("settings", "", 10);
    JsonNode contracts = page("contract", "", 10);

    assertThat(settings.get("records")).hasSize(1);
    assertThat(settings.get("records").get(0).get("id").asText()).isEqualTo("global");
    assertThat(settings.get("records").get(0).get("record").get("locationToleranceMeters").asInt())
        .isEqualTo(75);
    assertThat(contracts.get("records")).hasSize(1);
    assertThat(contracts.get("records").get(0).get("id").asText()).isEqualTo("C-1");
    assertThat(contracts.get("next").isNull()).isTrue();
  }

  @Test
  void answers_an_empty_kind_with_no_records() throws Exception {
    JsonNode tickets = page("ticket", "", 500);

    assertThat(tickets.get("records")).isEmpty();
    assertThat(tickets.get("next").isNull()).isTrue();
  }

  @Test
  void is_for_supervisors_only_and_changes_nothing() {
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
        () -> export.page(ledger.tx(Fixtures.INSPECTOR), "equipment", "", "10"),
        ErrorCode.ACCESS_DENIED);
    assertRefused(
        () -> export.page(ledger.tx(Fixtures.CONTRACTOR), "ticket", "", "10"),
        ErrorCode.ACCESS_DENIED);

    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "501", "ten", ""})
  void refuses_a_limit_out_of_range(String limit) {
    assertRefused(
            () -> export.page(ledger.tx(Fixtures.SUPERVISOR), "equipment", "", limit),
            ErrorCode.INVALID_INPUT)
        .hasMessageContaining("limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1", "-0", " 5", "5 ", "\u0665", "\uff15", "1e2", "0x10"})
  void refuses_a_limit_with_a_sign_blanks_or_other_digits_than_0_to_9(String limit) {
    assertRefused(
            () -> export.page(ledger.tx(Fixtures.SUPERVISOR), "equipment", "", limit),
            ErrorCode.INVALID_INPUT)
        .hasMessageContaining("limit must be a whole number 1..500");
  }

  @Test
  void refuses_an_unknown_kind_and_a_malformed_start() {
    assertRefused(
            () -> export.page(ledger.tx(Fixtures.SUPERVISOR), "people", "", "10"),
            ErrorCode.INVALID_INPUT)
        .hasMessageContaining("kind must be one of");
    assertRefused(
            () -> export.page(ledger.tx(Fixtures.SUPERVISOR), "equipment", "EQ 1/../", "10"),
            ErrorCode.INVALID_INPUT)
        .hasMessageContaining("fromId");
  }
}
