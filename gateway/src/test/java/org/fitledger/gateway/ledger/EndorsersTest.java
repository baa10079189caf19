package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndorsersTest {

  @ParameterizedTest
  @ValueSource(strings = {"acknowledgeTicket", "makeTicketSafe", "confirmRepair"})
  void contractor_steps_are_endorsed_by_authority_and_contractor(String transaction) {
    assertThat(Endorsers.of(transaction)).containsExactly("AuthorityMSP", "ContractorMSP");
  }

  @ParameterizedTest
  @ValueSource(strings = {"verifyRepair"})
  void verification_is_endorsed_by_authority_and_patrol(String transaction) {
    assertThat(Endorsers.of(transaction)).containsExactly("AuthorityMSP", "PatrolMSP");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reassignTicket", "cancelTicket"})
  void supervisor_ticket_steps_satisfy_either_state_based_policy(String transaction) {
    assertThat(Endorsers.of(transaction))
        .containsExactlyInAnyOrder("AuthorityMSP", "PatrolMSP", "ContractorMSP");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "registerEquipment",
        "updateEquipment",
        "retireEquipment",
        "setLocationTolerance",
        "registerContract",
        "updateContractSla",
        "recordPatrol",
        "openTicket"
      })
  void the_rest_is_planned_by_the_peer_from_the_chaincode_policy(String transaction) {
    assertThat(Endorsers.of(transaction)).isEmpty();
  }
}
