package org.fitledger.gateway.ledger;

import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fitledger.model.error.ErrorCode;
import org.hyperledger.fabric.client.GatewayException;

/** Turns Fabric client failures into {@link LedgerException}s. */
final class LedgerErrors {
  private static final Set<Status.Code> UNAVAILABLE =
      Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

  /** How a Fabric peer (in Go) reports a gRPC call to another node that found no connection. */
  private static final String UNREACHABLE_PEER = "code = Unavailable desc =";

  /** How the gateway peer reports endorsers whose answers differ, e.g. one a block behind. */
  private static final String PAYLOADS_DIFFER = "ProposalResponsePayloads do not match";

  /**
   * How a Fabric peer reports that it could not reach its org's chaincode server, or lost it while
   * the transaction ran (the server was killed or restarted), or heard nothing from it in time.
   */
  private static final List<String> UNREACHABLE_CHAINCODE =
      List.of(
          "could not launch chaincode",
          "chaincode stream terminated",
          "timeout expired while executing transaction");

  private LedgerErrors() {}

  /**
   * A failed gRPC call: the chaincode's code if a peer's message holds one, else unavailable or a
   * generic ledger error, by gRPC status.
   */
  static LedgerException of(GatewayException e, String txId) {
    List<PeerDetail> details =
        e.getDetails().stream()
            .map(d -> new PeerDetail(d.getAddress(), d.getMspId(), d.getMessage()))
            .collect(Collectors.toList());
    Status status = e.getStatus();
    Optional<ChaincodeError> chaincode =
        details.stream()
            .map(d -> ChaincodeError.find(d.message()))
            .flatMap(Optional::stream)
            .findFirst()
            .or(() -> ChaincodeError.find(status.getDescription()));
    if (chaincode.isPresent()) {
      ChaincodeError error = chaincode.get();
      return new LedgerException(error.code(), error.text(), txId, details, e);
    }
    ErrorCode code = isUnavailable(e) ? ErrorCode.LEDGER_UNAVAILABLE : ErrorCode.LEDGER_ERROR;
    String message = status.getCode() + ": " + status.getDescription();
    return new LedgerException(code, message, txId, details, e);
  }

  /**
   * A failed endorsement: the chaincode's code if a peer's message holds one, unavailable if no
   * peer answered or a peer could not reach its org's chaincode server (naming the orgs), else
   * {@link ErrorCode#ENDORSEMENT_FAILED} with what each peer said.
   */
  static LedgerException endorseFailed(GatewayException e) {
    LedgerException failure = of(e, txId(e));
    if (failure.code() != ErrorCode.LEDGER_ERROR) {
      return failure;
    }
    List<String> withoutChaincode =
        failure.details().stream()
            .filter(d -> UNREACHABLE_CHAINCODE.stream().anyMatch(d.message()::contains))
            .map(PeerDetail::mspId)
            .distinct()
            .toList();
    if (!withoutChaincode.isEmpty()) {
      return new LedgerException(
          ErrorCode.LEDGER_UNAVAILABLE,
          "the chaincode server of "
              + String.join(" and ", withoutChaincode)
              + " cannot be reached; try again",
          failure.txId().orElse(null),
          failure.details(),
          e);
    }
    return new LedgerException(
        ErrorCode.ENDORSEMENT_FAILED,
        "the transaction was not endorsed: " + failure.getMessage(),
        failure.txId().orElse(null),
        failure.details(),
        e);
  }

  /**
   * Whether no peer answered in time, or every peer that failed could not be reached (the gateway
   * peer aborts with each one's gRPC error, e.g. a connection it closed a moment before), so that
   * asking again is safe.
   */
  static boolean isUnavailable(GatewayException e) {
    return UNAVAILABLE.contains(e.getStatus().getCode())
        || (!e.getDetails().isEmpty()
            && e.getDetails().stream().allMatch(d -> isUnreachable(d.getMessage())));
  }

  /** Whether a peer's message says it could not reach another node. */
  static boolean isUnreachable(String message) {
    return message.contains(UNREACHABLE_PEER);
  }

  /** Whether the endorsing peers answered differently, as peers at different heights do. */
  static boolean peersDisagree(GatewayException e) {
    return e.getDetails().stream().anyMatch(d -> d.getMessage().contains(PAYLOADS_DIFFER));
  }

  private static String txId(GatewayException e) {
    return e instanceof org.hyperledger.fabric.client.TransactionException
        ? ((org.hyperledger.fabric.client.TransactionException) e).getTransactionId()
        : null;
  }

  /** A write whose {@link WriteBudget} ran out before it committed. */
  static LedgerException outOfTime(String txId, Duration budget) {
    return new LedgerException(
        ErrorCode.LEDGER_UNAVAILABLE,
        "the ledger did not commit the transaction within " + budget.toSeconds() + " s; try again",
        txId,
        List.of(),
        null);
  }

  /** A transaction that was ordered but committed as invalid. */
  static LedgerException commitFailed(String txId, String validationCode) {
    return new LedgerException(
        ErrorCode.COMMIT_FAILED,
        "transaction " + txId + " was committed as invalid: " + validationCode,
        txId,
        List.of(),
        null);
  }
}
