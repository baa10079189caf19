package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.patrol.PatrolLedger.REQUEST;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.util.Map;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.junit.jupiter.api.Test;

class PatrolAccessTest {
  private final PatrolLedger fixture = new PatrolLedger();
  private final InMemoryLedger ledger = fixture.ledger;

  @Test
  void refuses_a_patrol_from_a_contractor_identity() {
    assertRefusedWithoutWriting(CONTRACTOR);
  }

  @Test
  void refuses_a_patrol_from_an_authority_identity() {
    assertRefusedWithoutWriting(SUPERVISOR);
  }

  @Test
  void decides_by_the_certificate_msp_even_if_the_request_claims_another() {
    assertRefused(
        () ->
            fixture.patrols.create(
                ledger.transaction(CONTRACTOR, "tx2", T2),
                "{\"id\":\"P-1\",\"equipmentId\":\"EQ-1\",\"condition\":\"OK\",\"note\":\"\","
                    + "\"inspectorMsp\":\"PatrolMSP\"}"),
        ErrorCode.ACCESS_DENIED);
  }

  private void assertRefusedWithoutWriting(Caller caller) {
    Map<String, String> before = ledger.snapshot();
    int eventsBefore = ledger.events().size();

    assertRefused(
            () -> fixture.patrols.create(ledger.transaction(caller, "tx2", T2), REQUEST),
            ErrorCode.ACCESS_DENIED)
        .hasMessage(
            "ACCESS_DENIED: only PatrolMSP may record a patrol; the caller belongs to "
                + caller.mspId());
    assertThat(ledger.snapshot()).isEqualTo(before);
    assertThat(ledger.events()).hasSize(eventsBefore);
  }
}
