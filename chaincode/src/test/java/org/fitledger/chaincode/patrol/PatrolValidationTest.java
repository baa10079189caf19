package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.assertj.core.api.AbstractThrowableAssert;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatrolValidationTest {
  private final PatrolLedger fixture = new PatrolLedger();
  private final InMemoryLedger ledger = fixture.ledger;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"P 1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\"}",
        "{\"id\":\"-P1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\"}",
        "{\"id\":\"P/1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\"}",
        "{\"id\":\"\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\"}",
        "{\"id\":\"P-1\",\"equipmentId\":\"EQ#1\",\"condition\":\"OK\",\"note\":\"\"}"
      })
  void refuses_a_bad_patrol_or_equipment_id(String request) {
    assertRefusedWithoutWriting(request).hasMessageContaining("d must match");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\"}",
        "{\"id\":\"P-1\",\"condition\":\"OK\",\"note\":\"\"}",
        "{\"id\":null,\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\"}"
      })
  void refuses_a_missing_patrol_or_equipment_id(String request) {
    assertRefusedWithoutWriting(request).hasMessageEndingWith("d is required");
  }

  @Test
  void refuses_a_patrol_id_longer_than_64_characters() {
    assertRefusedWithoutWriting(withId("p".repeat(65)));
  }

  @Test
  void accepts_a_patrol_id_of_64_characters() {
    assertThat(create(withId("p".repeat(64)))).contains("p".repeat(64));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok", "BROKEN", "MISSING", ""})
  void refuses_an_unknown_condition(String condition) {
    assertRefusedWithoutWriting(PatrolLedger.request("EQ-1", condition, ""))
        .hasMessage("INVALID_INPUT: condition must be one of [OK, DEFECT]");
  }

  @Test
  void refuses_a_missing_condition() {
    assertRefusedWithoutWriting("{\"id\":\"P-1\",\"equipmentId\":\"EQ-1\",\"note\":\"\"}");
  }

  @Test
  void accepts_a_note_of_1000_characters() {
    assertThat(create(PatrolLedger.request("EQ-1", "OK", "n".repeat(1000))))
        .contains("n".repeat(1000));
  }

  @Test
  void refuses_a_note_longer_than_1000_characters() {
    assertRefusedWithoutWriting(PatrolLedger.request("EQ-1", "OK", "n".repeat(1001)))
        .hasMessage("INVALID_INPUT: note must be at most 1000 characters");
  }

  @Test
  void refuses_an_unknown_json_field() {
    assertRefusedWithoutWriting(
            "{\"id\":\"P-1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\","
                + "\"recordedAt\":\"2020-01-01T00:00:00Z\"}")
        .hasMessage("INVALID_INPUT: unknown field \"recordedAt\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"P-1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\"",
        "not json",
        "{\"id\":\"P-1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":7}",
        "[\"P-1\",\"EQ-1\",\"OK\",\"\"]"
      })
  void refuses_malformed_json(String request) {
    assertRefusedWithoutWriting(request);
  }

  private static String withId(String id) {
    return "{\"id\":\"" + id + "\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\"}";
  }

  private String create(String request) {
    return fixture.patrols.create(ledger.transaction(INSPECTOR, "tx2", T2), request);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefusedWithoutWriting(
      String request) {
    int writesBefore = ledger.writes();
    int eventsBefore = ledger.events().size();
    AbstractThrowableAssert<?, ? extends Throwable> refusal =
        assertRefused(() -> create(request), ErrorCode.INVALID_INPUT);
    assertThat(ledger.writes()).isEqualTo(writesBefore);
    assertThat(ledger.events()).hasSize(eventsBefore);
    return refusal;
  }
}
