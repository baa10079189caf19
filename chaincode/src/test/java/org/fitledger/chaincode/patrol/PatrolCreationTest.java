package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.patrol.PatrolLedger.PATROL_ID;
import static org.fitledger.chaincode.patrol.PatrolLedger.REQUEST;
import static org.fitledger.chaincode.patrol.PatrolLedger.STORED;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.util.Map;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.junit.jupiter.api.Test;

class PatrolCreationTest {
  private final PatrolLedger fixture = new PatrolLedger();
  private final InMemoryLedger ledger = fixture.ledger;

  @Test
  void records_a_patrol_from_an_inspector_identity_with_fields_in_the_specified_order() {
    String result = fixture.patrols.create(ledger.transaction(INSPECTOR, "tx2", T2), REQUEST);

    assertThat(result).isEqualTo(STORED);
    assertThat(ledger.stored("patrol", PATROL_ID)).contains(STORED);
  }

  @Test
  void emits_PatrolRecorded_carrying_the_stored_json() {
    fixture.patrols.create(ledger.transaction(INSPECTOR, "tx2", T2), REQUEST);

    assertThat(ledger.events())
        .last()
        .isEqualTo(new InMemoryLedger.Event("PatrolRecorded", STORED));
  }

  @Test
  void writes_the_same_bytes_for_the_same_request_on_every_peer() {
    PatrolLedger otherPeer = new PatrolLedger();

    fixture.patrols.create(ledger.transaction(INSPECTOR, "tx2", T2), REQUEST);
    otherPeer.patrols.create(otherPeer.ledger.transaction(INSPECTOR, "tx2", T2), REQUEST);

    assertThat(otherPeer.ledger.snapshot()).isEqualTo(ledger.snapshot());
  }

  @Test
  void stores_an_absent_note_as_empty_text() {
    String result =
        fixture.patrols.create(
            ledger.transaction(INSPECTOR, "tx2", T2),
            "{\"id\":\"P-1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\"}");

    assertThat(result).contains("\"condition\":\"OK\",\"note\":\"\",");
  }

  @Test
  void refuses_a_patrol_of_unknown_equipment_and_writes_nothing() {
    Map<String, String> before = ledger.snapshot();

    assertRefused(
            () ->
                fixture.patrols.create(
                    ledger.transaction(INSPECTOR, "tx2", T2),
                    PatrolLedger.request("EQ-404", "OK", "")),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessageContaining("EQ-404");
    assertThat(ledger.snapshot()).isEqualTo(before);
    assertThat(ledger.events()).hasSize(1);
  }
}
