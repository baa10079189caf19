package org.fitledger.chaincode.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.util.stream.Stream;
import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.Fixtures;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PingTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;
  private final Liveness liveness = new Liveness(world.json);

  static Stream<Caller> everyRole() {
    return Stream.of(Fixtures.SUPERVISOR, Fixtures.INSPECTOR, Fixtures.CONTRACTOR);
  }

  @ParameterizedTest
  @MethodSource("everyRole")
  void answers_anyone_with_a_role_with_the_transaction_id_and_changes_nothing(Caller caller) {
    InMemoryLedger.Snapshot before = ledger.snapshot();
    int writes = ledger.writes();

    assertThat(liveness.ping(ledger.tx(caller))).isEqualTo("{\"txId\":\"tx3\"}");

    assertThat(ledger.snapshot()).isEqualTo(before);
    assertThat(ledger.writes()).isEqualTo(writes);
  }

  @Test
  void refuses_a_certificate_without_a_role() {
    assertRefused(
            () -> liveness.ping(ledger.tx(new Caller("AuthorityMSP", "admin", null, null, null))),
            ErrorCode.ACCESS_DENIED)
        .hasMessage(
            "ACCESS_DENIED: only supervisors, inspectors or contractors may ping the ledger; "
                + "the caller's role is null");
  }

  @Test
  void refuses_an_unknown_role() {
    assertRefused(
            () -> liveness.ping(ledger.tx(new Caller("PatrolMSP", "eve", "auditor", "SH", null))),
            ErrorCode.ACCESS_DENIED)
        .hasMessageContaining("the caller's role is auditor");
  }

  @Test
  void refuses_a_role_claimed_in_a_certificate_of_another_msp() {
    assertRefused(
            () ->
                liveness.ping(
                    ledger.tx(new Caller("PatrolMSP", "mallory", "supervisor", "SH", null))),
            ErrorCode.ACCESS_DENIED)
        .hasMessage("ACCESS_DENIED: the role supervisor belongs to AuthorityMSP, not to PatrolMSP");
  }
}
