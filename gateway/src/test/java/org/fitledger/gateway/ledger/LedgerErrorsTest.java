package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.fitledger.model.error.ErrorCode;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerErrorsTest {
  private static final String TX = "9f2c".repeat(16);

  private static StatusRuntimeException failure(
      Status.Code code, String message, ErrorDetail... details) {
    com.google.rpc.Status.Builder status =
        com.google.rpc.Status.newBuilder().setCode(code.value()).setMessage(message);
    for (ErrorDetail detail : details) {
      status.addDetails(Any.pack(detail));
    }
    return StatusProto.toStatusRuntimeException(status.build());
  }

  private static ErrorDetail detail(String address, String mspId, String message) {
    return ErrorDetail.newBuilder().setAddress(address).setMspId(mspId).setMessage(message).build();
  }

  @Test
  void an_endorse_failure_keeps_the_chaincode_code_the_transaction_id_and_every_peer_detail() {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                detail(
                    "peer0.patrol:9051", "PatrolMSP", "chaincode response 500, ACCESS_DENIED: no"),
                detail(
                    "peer0.authority:7051",
                    "AuthorityMSP",
                    "chaincode response 500, ACCESS_DENIED: no")));

    LedgerException mapped = LedgerErrors.of(e, e.getTransactionId());

    assertThat(mapped.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(mapped.getMessage()).isEqualTo("no");
    assertThat(mapped.txId()).contains(TX);
    assertThat(mapped.details())
        .containsExactly(
            new PeerDetail(
                "peer0.patrol:9051", "PatrolMSP", "chaincode response 500, ACCESS_DENIED: no"),
            new PeerDetail(
                "peer0.authority:7051",
                "AuthorityMSP",
                "chaincode response 500, ACCESS_DENIED: no"));
    assertThat(mapped.getCause()).isSameAs(e);
  }

  @Test
  void an_evaluate_failure_takes_the_code_from_the_status_message() {
    GatewayException e =
        new GatewayException(
            failure(
                Status.Code.UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 500,"
                    + " PATROL_NOT_FOUND: no patrol p-1"));

    LedgerException mapped = LedgerErrors.of(e, null);

    assertThat(mapped.code()).isEqualTo(ErrorCode.PATROL_NOT_FOUND);
    assertThat(mapped.getMessage()).isEqualTo("no patrol p-1");
    assertThat(mapped.txId()).isEmpty();
  }

  @Test
  void an_unreachable_peer_is_ledger_unavailable() {
    EndorseException e = new EndorseException(TX, failure(Status.Code.UNAVAILABLE, "io exception"));

    LedgerException mapped = LedgerErrors.of(e, TX);

    assertThat(mapped.code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE);
    assertThat(mapped.getMessage()).isEqualTo("UNAVAILABLE: io exception");
    assertThat(mapped.txId()).contains(TX);
  }

  @Test
  void a_missed_deadline_is_ledger_unavailable() {
    EndorseException e =
        new EndorseException(TX, failure(Status.Code.DEADLINE_EXCEEDED, "deadline exceeded"));

    assertThat(LedgerErrors.of(e, TX).code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE);
  }

  @Test
  void a_failure_without_a_chaincode_code_is_a_ledger_error_with_its_details() {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.ABORTED,
                "failed to endorse transaction",
                detail("peer0.patrol:9051", "PatrolMSP", "chaincode fitledger not found")));

    LedgerException mapped = LedgerErrors.of(e, TX);

    assertThat(mapped.code()).isEqualTo(ErrorCode.LEDGER_ERROR);
    assertThat(mapped.details())
        .extracting(PeerDetail::message)
        .containsExactly("chaincode fitledger not found");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "error sending: chaincode stream terminated",
        "timeout expired while executing transaction"
      })
  void an_endorsement_whose_chaincode_server_went_away_while_it_ran_is_unavailable(String cause) {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                detail(
                    "10.77.70.12:9051",
                    "PatrolMSP",
                    "error in simulation: failed to execute transaction " + TX + ": " + cause)));

    LedgerException mapped = LedgerErrors.endorseFailed(e);

    assertThat(mapped.code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE);
    assertThat(mapped.getMessage())
        .isEqualTo("the chaincode server of PatrolMSP cannot be reached; try again");
  }

  @Test
  void an_endorsement_a_peer_could_not_run_for_want_of_its_chaincode_server_is_unavailable() {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.ABORTED,
                "failed to collect enough transaction endorsements",
                detail("10.77.70.11:8051", "AuthorityMSP", "chaincode response 200"),
                detail(
                    "10.77.70.12:9051",
                    "PatrolMSP",
                    "error in simulation: failed to execute transaction "
                        + TX
                        + ": could not launch chaincode fitledger_1:ab12: connection refused")));

    LedgerException mapped = LedgerErrors.endorseFailed(e);

    assertThat(mapped.code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE);
    assertThat(mapped.getMessage())
        .isEqualTo("the chaincode server of PatrolMSP cannot be reached; try again");
    assertThat(mapped.details()).hasSize(2);
  }

  @Test
  void an_invalid_commit_is_commit_failed_naming_the_validation_code() {
    LedgerException mapped = LedgerErrors.commitFailed(TX, "MVCC_READ_CONFLICT");

    assertThat(mapped.code()).isEqualTo(ErrorCode.COMMIT_FAILED);
    assertThat(mapped.getMessage()).endsWith("committed as invalid: MVCC_READ_CONFLICT");
    assertThat(mapped.txId()).contains(TX);
  }

  @Test
  void an_endorsement_refused_without_a_chaincode_code_is_endorsement_failed_with_details() {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.FAILED_PRECONDITION,
                "no combination of peers can be derived which satisfy the endorsement policy",
                detail("peer0.contractor:11051", "ContractorMSP", "not joined")));

    LedgerException mapped = LedgerErrors.endorseFailed(e);

    assertThat(mapped.code()).isEqualTo(ErrorCode.ENDORSEMENT_FAILED);
    assertThat(mapped.getMessage()).contains("endorsement policy");
    assertThat(mapped.txId()).contains(TX);
    assertThat(mapped.details())
        .containsExactly(new PeerDetail("peer0.contractor:11051", "ContractorMSP", "not joined"));
  }

  @Test
  void an_endorsement_refused_by_the_chaincode_keeps_its_code() {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.ABORTED,
                "failed to endorse transaction",
                detail("peer0:7051", "AuthorityMSP", "INVALID_TRANSITION: t-1 is CLOSED")));

    assertThat(LedgerErrors.endorseFailed(e).code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
  }

  @Test
  void an_endorsement_without_any_peer_is_unavailable_and_may_be_asked_again() {
    EndorseException e = new EndorseException(TX, failure(Status.Code.UNAVAILABLE, "io"));

    assertThat(LedgerErrors.endorseFailed(e).code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE);
    assertThat(LedgerErrors.isUnavailable(e)).isTrue();
  }

  @Test
  void an_endorsement_aborted_because_another_peer_dropped_its_connection_may_be_asked_again() {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.ABORTED,
                "failed to collect enough transaction endorsements, see attached details for more"
                    + " info",
                detail(
                    "peer0.contractor:11051",
                    "ContractorMSP",
                    "rpc error: code = Unavailable desc = closing transport due to: connection error:"
                        + " desc = \"error reading from server: EOF\", received prior goaway: code:"
                        + " ENHANCE_YOUR_CALM, debug data: \"too_many_pings\"")));

    assertThat(LedgerErrors.isUnavailable(e)).isTrue();
    assertThat(LedgerErrors.endorseFailed(e).code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE);
  }

  @Test
  void an_endorsement_aborted_by_one_unreachable_peer_and_one_refusal_is_not_asked_again() {
    EndorseException e =
        new EndorseException(
            TX,
            failure(
                Status.Code.ABORTED,
                "failed to collect enough transaction endorsements",
                detail(
                    "peer0.contractor:11051",
                    "ContractorMSP",
                    "rpc error: code = Unavailable desc = EOF"),
                detail("peer0.patrol:9051", "PatrolMSP", "access denied")));

    assertThat(LedgerErrors.isUnavailable(e)).isFalse();
    assertThat(LedgerErrors.endorseFailed(e).code()).isEqualTo(ErrorCode.ENDORSEMENT_FAILED);
  }
}
