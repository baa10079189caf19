package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.patrol.PatrolLedger.REQUEST;
import static org.fitledger.chaincode.patrol.PatrolLedger.STORED;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.time.Instant;
import java.util.Map;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatrolReplayTest {
  private static final Instant LATER = Instant.parse("2026-11-23T09:30:00Z");

  private final PatrolLedger fixture = new PatrolLedger();
  private final InMemoryLedger ledger = fixture.ledger;

  @BeforeEach
  void recordThePatrolOnce() {
    fixture.patrols.create(ledger.transaction(INSPECTOR, "tx2", T2), REQUEST);
  }

  @Test
  void returns_the_stored_patrol_when_the_same_patrol_is_sent_again() {
    String again = fixture.patrols.create(ledger.transaction(INSPECTOR, "tx3", LATER), REQUEST);

    assertThat(again).isEqualTo(STORED);
  }

  @Test
  void writes_nothing_and_emits_no_event_on_replay() {
    Map<String, String> before = ledger.snapshot();
    int writesBefore = ledger.writes();
    int eventsBefore = ledger.events().size();

    fixture.patrols.create(ledger.transaction(INSPECTOR, "tx3", LATER), REQUEST);

    assertThat(ledger.snapshot()).isEqualTo(before);
    assertThat(ledger.writes()).isEqualTo(writesBefore);
    assertThat(ledger.events()).hasSize(eventsBefore);
  }

  @Test
  void accepts_a_replay_by_another_inspector_of_the_patrol_organization() {
    Caller colleague = new Caller("PatrolMSP", "User2@patrol.fitledger.example");

    assertThat(fixture.patrols.create(ledger.transaction(colleague, "tx3", LATER), REQUEST))
        .isEqualTo(STORED);
  }

  @ParameterizedTest
  @CsvSource({"EQ-2, DEFECT, loose bolt", "EQ-1, OK, loose bolt", "EQ-1, DEFECT, loose bolts"})
  void refuses_the_same_id_with_different_content_and_changes_nothing(
      String equipmentId, String condition, String note) {
    Map<String, String> before = ledger.snapshot();
    int eventsBefore = ledger.events().size();

    assertRefused(
            () ->
                fixture.patrols.create(
                    ledger.transaction(INSPECTOR, "tx3", LATER),
                    PatrolLedger.request(equipmentId, condition, note)),
            ErrorCode.PATROL_ID_CONFLICT)
        .hasMessageContaining(PatrolLedger.PATROL_ID);
    assertThat(ledger.snapshot()).isEqualTo(before);
    assertThat(ledger.events()).hasSize(eventsBefore);
  }
}
