package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChaincodeErrorTest {

  @Test
  void finds_the_code_at_the_start_of_a_message() {
    assertThat(ChaincodeError.find("ACCESS_DENIED: only PatrolMSP may record patrols"))
        .contains(new ChaincodeError(ErrorCode.ACCESS_DENIED, "only PatrolMSP may record patrols"));
  }

  @Test
  void finds_the_code_inside_an_endorsement_detail() {
    assertThat(
            ChaincodeError.find(
                "chaincode response 500, PATROL_ID_CONFLICT: patrol p-1 exists with other content"))
        .contains(
            new ChaincodeError(
                ErrorCode.PATROL_ID_CONFLICT, "patrol p-1 exists with other content"));
  }

  @Test
  void finds_the_code_inside_an_evaluate_status_message() {
    assertThat(
            ChaincodeError.find(
                "evaluate call to endorser returned error: chaincode response 500,"
                    + " EQUIPMENT_NOT_FOUND:no equipment eq-9\n"))
        .contains(new ChaincodeError(ErrorCode.EQUIPMENT_NOT_FOUND, "no equipment eq-9"));
  }

  @Test
  void takes_the_first_code_when_a_message_holds_two() {
    assertThat(ChaincodeError.find("INVALID_INPUT: id ACCESS_DENIED: x"))
        .map(ChaincodeError::code)
        .contains(ErrorCode.INVALID_INPUT);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "UNAVAILABLE: io exception",
        "failed to endorse transaction, see attached details for more info",
        "MVCC_READ_CONFLICT",
        "XACCESS_DENIED: glued to another word",
        "ACCESS_DENIED without a colon",
        "NOT_A_CODE: text"
      })
  void finds_nothing_in_a_message_without_a_chaincode_code(String message) {
    assertThat(ChaincodeError.find(message)).isEmpty();
  }
}
