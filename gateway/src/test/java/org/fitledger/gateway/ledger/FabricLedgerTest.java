package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import io.grpc.CallOptions;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.model.error.ErrorCode;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FabricLedgerTest {
  private static final String TX = "ab12".repeat(16);

  private final Gateways gateways = mock(Gateways.class);
  private final Contract contract = mock(Contract.class);
  private final Proposal.Builder builder = mock(Proposal.Builder.class, RETURNS_SELF);
  private final Proposal proposal = mock(Proposal.class);
  private final Transaction transaction = mock(Transaction.class);
  private final SubmittedTransaction submitted = mock(SubmittedTransaction.class);
  private FabricLedger ledger;

  @BeforeEach
  void wire() throws Exception {
    Gateway gateway = mock(Gateway.class);
    Network network = mock(Network.class);
    when(gateways.of(any())).thenReturn(gateway);
    when(gateways.signsFor(any())).thenReturn(true);
    when(gateway.getNetwork("maintenance")).thenReturn(network);
    when(network.getContract("fitledger")).thenReturn(contract);
    when(contract.newProposal(anyString())).thenReturn(builder);
    when(builder.build()).thenReturn(proposal);
    when(proposal.endorse(any(UnaryOperator.class))).thenReturn(transaction);
    when(transaction.getResult()).thenReturn("{\"id\":\"t-1\"}".getBytes(StandardCharsets.UTF_8));
    when(transaction.submitAsync(any(UnaryOperator.class))).thenReturn(submitted);
    when(transaction.getTransactionId()).thenReturn("t-1");
    when(gateways.commitStatus(any(), anyString(), anyString())).thenReturn(submitted);
    Status valid = status(TxValidationCode.VALID);
    when(submitted.getStatus(any(UnaryOperator.class))).thenReturn(valid);
    ledger = ledger(FabricLedger.LAG_WAITERS);
  }

  /** The ledger over the mocked gateways, letting {@code lagWaiters} requests wait at once. */
  private FabricLedger ledger(int lagWaiters) {
    return ledger(lagWaiters, Duration.ofSeconds(20));
  }

  /** The same, each call given a second and each write {@code write} in all. */
  private FabricLedger ledger(int lagWaiters, Duration write) {
    NetworkConfig config =
        new NetworkConfig(
            "maintenance",
            "fitledger",
            Map.of("AuthorityMSP", new OrgPeer("127.0.0.1:7051", "peer0", Path.of("ca.pem"))));
    Duration second = Duration.ofSeconds(1);
    return new FabricLedger(
        gateways,
        config,
        new LedgerTimeouts(second, second, second, second, second, write),
        lagWaiters);
  }

  private static Status status(TxValidationCode code) {
    Status status = mock(Status.class);
    when(status.getCode()).thenReturn(code);
    when(status.isSuccessful()).thenReturn(code == TxValidationCode.VALID);
    when(status.getTransactionId()).thenReturn(TX);
    when(status.getBlockNumber()).thenReturn(42L);
    return status;
  }

  private static StatusRuntimeException grpc(Code code) {
    return StatusProto.toStatusRuntimeException(
        com.google.rpc.Status.newBuilder().setCode(code.getNumber()).setMessage("x").build());
  }

  @Test
  void answers_the_committed_transaction_and_the_chaincode_result() {
    Submitted done = ledger.submit(TestPeople.CONTRACTOR, "confirmRepair", "t-1", "{}");

    assertThat(done).isEqualTo(new Submitted(TX, 42, "{\"id\":\"t-1\"}"));
    verify(builder).addArguments("t-1", "{}");
  }

  @Test
  void a_write_whose_endorsement_writes_nothing_is_answered_without_ordering() throws Exception {
    when(transaction.getBytes()).thenReturn(PreparedTransactions.reading(false, null));

    Submitted done = ledger.write(TestPeople.INSPECTOR, "recordPatrol", "{}");

    assertThat(done).isEqualTo(Submitted.unchanged("{\"id\":\"t-1\"}"));
    assertThat(done.changedNothing()).isTrue();
    verify(transaction, never()).submitAsync(any(UnaryOperator.class));
  }

  @Test
  void a_write_whose_endorsement_writes_is_ordered_and_committed() throws Exception {
    when(transaction.getBytes()).thenReturn(PreparedTransactions.reading(true, "PatrolRecorded"));

    Submitted done = ledger.write(TestPeople.INSPECTOR, "recordPatrol", "{}");

    assertThat(done).isEqualTo(new Submitted(TX, 42, "{\"id\":\"t-1\"}"));
    verify(transaction).submitAsync(any(UnaryOperator.class));
  }

  @Test
  void a_write_that_names_its_record_answers_the_record_from_its_write_set() throws Exception {
    when(transaction.getResult()).thenReturn(naming("p-1"));
    when(transaction.getBytes()).thenReturn(PreparedTransactions.reading(true, "PatrolRecorded"));

    Submitted done = ledger.write(TestPeople.INSPECTOR, "recordPatrol", "{}");

    assertThat(done).isEqualTo(new Submitted(TX, 42, PreparedTransactions.PATROL));
  }

  @Test
  void an_answer_naming_a_record_the_transaction_does_not_write_is_never_ordered()
      throws Exception {
    when(transaction.getResult()).thenReturn(naming("p-2"));
    when(transaction.getBytes()).thenReturn(PreparedTransactions.reading(true, "PatrolRecorded"));

    assertThatThrownBy(() -> ledger.write(TestPeople.INSPECTOR, "recordPatrol", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("names a record it does not write");
    verify(transaction, never()).submitAsync(any(UnaryOperator.class));
  }

  private static byte[] naming(String patrolId) {
    return ("{\"written\":{\"kind\":\"patrol\",\"id\":\"" + patrolId + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_submission_that_writes_nothing_is_still_ordered() throws Exception {
    when(transaction.getBytes()).thenReturn(PreparedTransactions.reading(false, null));

    assertThat(ledger.submit(TestPeople.INSPECTOR, "ping").blockNumber()).isEqualTo(42);
    verify(transaction).submitAsync(any(UnaryOperator.class));
  }

  @Test
  void names_authority_and_contractor_as_endorsers_of_a_contractor_step() {
    ledger.submit(TestPeople.CONTRACTOR, "confirmRepair", "t-1", "{}");

    verify(builder).setEndorsingOrganizations("AuthorityMSP", "ContractorMSP");
  }

  @Test
  void leaves_the_plan_to_the_peer_for_a_patrol() {
    ledger.submit(TestPeople.INSPECTOR, "recordPatrol", "{}");

    verify(builder, never()).setEndorsingOrganizations(any(String[].class));
  }

  @Test
  void resubmits_the_same_signed_transaction_when_the_orderer_did_not_take_it() throws Exception {
    when(transaction.submitAsync(any(UnaryOperator.class)))
        .thenThrow(new SubmitException(TX, grpc(Code.UNAVAILABLE)))
        .thenReturn(submitted);

    assertThat(ledger.submit(TestPeople.CONTRACTOR, "acknowledgeTicket", "t-1", "{}").blockNumber())
        .isEqualTo(42);
    verify(proposal, times(1)).endorse(any(UnaryOperator.class));
    verify(transaction, times(2)).submitAsync(any(UnaryOperator.class));
  }

  @Test
  void resubmits_the_same_signed_transaction_when_its_commit_status_does_not_come()
      throws Exception {
    Status valid = status(TxValidationCode.VALID);
    when(submitted.getStatus(any(UnaryOperator.class)))
        .thenThrow(new CommitStatusException(TX, grpc(Code.DEADLINE_EXCEEDED)))
        .thenReturn(valid);

    ledger.submit(TestPeople.SUPERVISOR, "openTicket", "{}");

    verify(proposal, times(1)).endorse(any(UnaryOperator.class));
    verify(transaction, times(2)).submitAsync(any(UnaryOperator.class));
    verify(submitted, times(2)).getStatus(any(UnaryOperator.class));
  }

  @Test
  void answers_unavailable_once_no_commit_status_comes_after_every_resubmission() throws Exception {
    when(submitted.getStatus(any(UnaryOperator.class)))
        .thenThrow(new CommitStatusException(TX, grpc(Code.DEADLINE_EXCEEDED)));

    assertThatThrownBy(() -> ledger.submit(TestPeople.SUPERVISOR, "openTicket", "{}"))
        .isInstanceOf(LedgerException.class);
    verify(proposal, times(1)).endorse(any(UnaryOperator.class));
    verify(transaction, times(FabricLedger.STATUS_ATTEMPTS)).submitAsync(any(UnaryOperator.class));
  }

  @Test
  void proposes_anew_after_an_mvcc_read_conflict() throws Exception {
    Status conflict = status(TxValidationCode.MVCC_READ_CONFLICT);
    Status valid = status(TxValidationCode.VALID);
    when(submitted.getStatus(any(UnaryOperator.class))).thenReturn(conflict, valid);

    assertThat(ledger.submit(TestPeople.INSPECTOR, "verifyRepair", "t-1", "{}").txId())
        .isEqualTo(TX);
    verify(contract, times(2)).newProposal("verifyRepair");
  }

  @Test
  void gives_up_after_three_conflicting_proposals_with_409_commit_failed() throws Exception {
    Status conflict = status(TxValidationCode.MVCC_READ_CONFLICT);
    when(submitted.getStatus(any(UnaryOperator.class))).thenReturn(conflict);

    assertThatThrownBy(() -> ledger.submit(TestPeople.INSPECTOR, "verifyRepair", "t-1", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.COMMIT_FAILED);
              assertThat(e.getMessage()).contains("MVCC_READ_CONFLICT");
              assertThat(e.txId()).contains(TX);
            });
    verify(contract, times(FabricLedger.PROPOSALS)).newProposal("verifyRepair");
  }

  @Test
  void does_not_repeat_a_transaction_that_failed_its_endorsement_policy() throws Exception {
    Status policy = status(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
    when(submitted.getStatus(any(UnaryOperator.class))).thenReturn(policy);

    assertThatThrownBy(() -> ledger.submit(TestPeople.CONTRACTOR, "confirmRepair", "t-1", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.getMessage()).contains("ENDORSEMENT_POLICY_FAILURE"));
    verify(contract, times(1)).newProposal("confirmRepair");
  }

  @Test
  void asks_for_endorsement_again_only_when_no_peer_answered() throws Exception {
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(new EndorseException(TX, grpc(Code.UNAVAILABLE)))
        .thenThrow(new EndorseException(TX, grpc(Code.UNAVAILABLE)));

    assertThatThrownBy(() -> ledger.submit(TestPeople.SUPERVISOR, "openTicket", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE));
    verify(proposal, times(FabricLedger.ENDORSE_ATTEMPTS)).endorse(any(UnaryOperator.class));
  }

  @Test
  void does_not_ask_again_when_the_peers_refused_to_endorse() throws Exception {
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(new EndorseException(TX, grpc(Code.ABORTED)));

    assertThatThrownBy(() -> ledger.submit(TestPeople.SUPERVISOR, "openTicket", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ENDORSEMENT_FAILED));
    verify(proposal, times(1)).endorse(any(UnaryOperator.class));
  }

  /** An endorsement refused by a peer's chaincode with {@code message} ("CODE: text"). */
  private static EndorseException refused(String message) {
    return aborted("chaincode response 500, " + message);
  }

  /** An endorsement the gateway peer aborted, with one peer's {@code detail}. */
  private static EndorseException aborted(String detail) {
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(Code.ABORTED.getNumber())
            .setMessage("failed to endorse transaction, see attached details for more info")
            .addDetails(
                Any.pack(
                    ErrorDetail.newBuilder()
                        .setAddress("127.0.0.1:10051")
                        .setMspId("ContractorMSP")
                        .setMessage(detail)
                        .build()))
            .build();
    return new EndorseException(TX, StatusProto.toStatusRuntimeException(status));
  }

  @Test
  void asks_a_peer_that_found_no_record_again_in_case_it_lags_behind() throws Exception {
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(refused("TICKET_NOT_FOUND: no ticket with id t-1"))
        .thenReturn(transaction);

    Submitted done = ledger.submit(TestPeople.CONTRACTOR, "acknowledgeTicket", "t-1", "{}");

    assertThat(done.txId()).isEqualTo(TX);
    verify(proposal, times(2)).endorse(any(UnaryOperator.class));
  }

  @Test
  void reports_a_record_that_stays_missing_after_the_waits() throws Exception {
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(refused("TICKET_NOT_FOUND: no ticket with id t-9"));

    long start = System.nanoTime();
    assertThatThrownBy(() -> ledger.submit(TestPeople.CONTRACTOR, "acknowledgeTicket", "t-9", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.TICKET_NOT_FOUND);
              assertThat(e.getMessage()).isEqualTo("no ticket with id t-9");
            });
    verify(proposal, times(FabricLedger.STATE_ATTEMPTS)).endorse(any(UnaryOperator.class));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(
            FabricLedger.STATE_FIRST_WAIT.multipliedBy(
                (1L << (FabricLedger.STATE_ATTEMPTS - 1)) - 1));
  }

  @Test
  void answers_a_state_refusal_at_once_while_as_many_requests_as_allowed_wait_for_lagging_peers()
      throws Exception {
    FabricLedger busy = ledger(0);
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(refused("TICKET_NOT_FOUND: no ticket with id t-9"))
        .thenReturn(transaction);

    assertThatThrownBy(() -> busy.submit(TestPeople.CONTRACTOR, "acknowledgeTicket", "t-9", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
    verify(proposal, times(1)).endorse(any(UnaryOperator.class));
  }

  @Test
  void asks_a_peer_that_found_the_ticket_in_an_earlier_state_again_in_case_it_lags_behind()
      throws Exception {
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(refused("INVALID_TRANSITION: cannot verify ticket t-1 in state ACKNOWLEDGED"))
        .thenReturn(transaction);

    Submitted done = ledger.submit(TestPeople.INSPECTOR, "verifyRepair", "t-1", "{}");

    assertThat(done.txId()).isEqualTo(TX);
    verify(proposal, times(2)).endorse(any(UnaryOperator.class));
  }

  @Test
  void does_not_ask_again_when_the_chaincode_refused_the_input() throws Exception {
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(refused("INVALID_INPUT: note must be at most 1000 characters"));

    assertThatThrownBy(() -> ledger.submit(TestPeople.CONTRACTOR, "acknowledgeTicket", "t-1", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    verify(proposal, times(1)).endorse(any(UnaryOperator.class));
  }

  @Test
  void asks_again_when_the_endorsing_peers_answered_differently_as_peers_a_block_apart_do()
      throws Exception {
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(aborted("ProposalResponsePayloads do not match"))
        .thenReturn(transaction);

    Submitted done = ledger.submit(TestPeople.CONTRACTOR, "repairTicket", "t-1", "{}");

    assertThat(done.txId()).isEqualTo(TX);
    verify(proposal, times(2)).endorse(any(UnaryOperator.class));
  }

  @Test
  void gives_every_call_of_a_write_no_more_than_what_is_left_of_its_budget() throws Exception {
    FabricLedger hurried = ledger(FabricLedger.LAG_WAITERS, Duration.ofMillis(600));
    List<Long> deadlines = new ArrayList<>();
    when(submitted.getStatus(any(UnaryOperator.class)))
        .thenAnswer(
            call -> {
              deadlines.add(remainingMillis(call.getArgument(0)));
              Thread.sleep(250);
              throw new CommitStatusException(TX, grpc(Code.DEADLINE_EXCEEDED));
            });

    long start = System.nanoTime();
    assertThatThrownBy(() -> hurried.submit(TestPeople.SUPERVISOR, "openTicket", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE);
              assertThat(e.txId()).contains(TX);
            });

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(deadlines).hasSizeBetween(1, FabricLedger.STATUS_ATTEMPTS - 1);
    assertThat(deadlines).allSatisfy(ms -> assertThat(ms).isBetween(0L, 600L));
    assertThat(deadlines.get(deadlines.size() - 1)).isLessThan(deadlines.get(0));
  }

  @Test
  void stops_waiting_for_a_lagging_peer_when_the_budget_would_run_out() throws Exception {
    FabricLedger hurried = ledger(FabricLedger.LAG_WAITERS, Duration.ofMillis(500));
    when(proposal.endorse(any(UnaryOperator.class)))
        .thenThrow(refused("TICKET_NOT_FOUND: no ticket with id t-9"));

    assertThatThrownBy(
            () -> hurried.submit(TestPeople.CONTRACTOR, "acknowledgeTicket", "t-9", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
    // asked at once and after 200 ms; the 400 ms wait would outlast the budget
    verify(proposal, times(2)).endorse(any(UnaryOperator.class));
  }

  private static long remainingMillis(UnaryOperator<CallOptions> options) {
    return options.apply(CallOptions.DEFAULT).getDeadline().timeRemaining(TimeUnit.MILLISECONDS);
  }

  @Test
  void a_person_the_gateway_holds_no_key_of_is_refused_before_any_peer_and_read_for()
      throws Exception {
    when(gateways.signsFor(TestPeople.INSPECTOR)).thenReturn(false);
    Gateway reader = mock(Gateway.class);
    Network network = mock(Network.class);
    Contract readerContract = mock(Contract.class);
    Proposal.Builder query = mock(Proposal.Builder.class, RETURNS_SELF);
    Proposal read = mock(Proposal.class);
    when(gateways.reader(TestPeople.INSPECTOR)).thenReturn(reader);
    when(reader.getNetwork("maintenance")).thenReturn(network);
    when(network.getContract("fitledger")).thenReturn(readerContract);
    when(readerContract.newProposal("readSettings")).thenReturn(query);
    when(query.build()).thenReturn(read);
    when(read.evaluate(any(UnaryOperator.class)))
        .thenReturn("{\"locationToleranceMeters\":100}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ledger.write(TestPeople.INSPECTOR, "recordPatrol", "{}"))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_REQUIRED));
    assertThat(ledger.signsOnDevice(TestPeople.INSPECTOR)).isTrue();
    assertThat(ledger.evaluate(TestPeople.INSPECTOR, "readSettings"))
        .isEqualTo("{\"locationToleranceMeters\":100}");
    verify(proposal, never()).endorse(any(UnaryOperator.class));
    verify(contract, never()).newProposal(anyString());
  }

  @Test
  void a_write_the_gateway_signs_asks_its_commit_status_as_its_submitter() throws Exception {
    ledger.submit(TestPeople.CONTRACTOR, "confirmRepair", "t-1", "{}");

    verify(submitted).getStatus(any(UnaryOperator.class));
    verify(gateways, never()).commitStatus(any(), anyString(), anyString());
  }

  @Test
  void a_device_signature_that_does_not_verify_reaches_no_peer() throws Exception {
    java.security.KeyPairGenerator keys = java.security.KeyPairGenerator.getInstance("EC");
    keys.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
    java.security.KeyPair device = keys.generateKeyPair();
    java.security.cert.X509Certificate certificate = mock(java.security.cert.X509Certificate.class);
    when(certificate.getPublicKey()).thenReturn(device.getPublic());
    when(gateways.certificate(TestPeople.INSPECTOR)).thenReturn(certificate);
    byte[] proposal =
        org.hyperledger.fabric.protos.gateway.ProposedTransaction.newBuilder()
            .setTransactionId(TX)
            .setProposal(
                org.hyperledger.fabric.protos.peer.SignedProposal.newBuilder()
                    .setProposalBytes(com.google.protobuf.ByteString.copyFromUtf8("a proposal")))
            .build()
            .toByteArray();
    java.security.Signature other = java.security.Signature.getInstance("SHA256withECDSA");
    other.initSign(keys.generateKeyPair().getPrivate());
    other.update("a proposal".getBytes(StandardCharsets.UTF_8));
    byte[] notTheirs = other.sign();

    assertThatThrownBy(() -> ledger.endorse(TestPeople.INSPECTOR, proposal, notTheirs, false))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
    verify(gateways, never()).of(any());
  }
}
