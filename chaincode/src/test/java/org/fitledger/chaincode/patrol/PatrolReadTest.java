package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.patrol.PatrolLedger.PATROL_ID;
import static org.fitledger.chaincode.patrol.PatrolLedger.REQUEST;
import static org.fitledger.chaincode.patrol.PatrolLedger.STORED;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.shared.ErrorCode;
import org.junit.jupiter.api.Test;

class PatrolReadTest {
  private final PatrolLedger fixture = new PatrolLedger();

  @Test
  void reads_a_recorded_patrol_from_any_organization() {
    fixture.patrols.create(fixture.ledger.transaction(INSPECTOR, "tx2", T2), REQUEST);

    assertThat(fixture.patrols.read(fixture.ledger.transaction(CONTRACTOR, "tx3", T2), PATROL_ID))
        .isEqualTo(STORED);
  }

  @Test
  void reports_an_unknown_patrol_as_not_found() {
    assertRefused(
            () -> fixture.patrols.read(fixture.ledger.transaction(CONTRACTOR, "tx3", T2), "P-404"),
            ErrorCode.PATROL_NOT_FOUND)
        .hasMessage("PATROL_NOT_FOUND: no patrol with id P-404");
  }
}
