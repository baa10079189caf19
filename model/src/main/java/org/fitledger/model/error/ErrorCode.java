package org.fitledger.model.error;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every stable error code FitLedger reports. The first seventeen are the chaincode's own: a {@link
 * Refusal} carries one, peers return it inside their error messages as {@code "<CODE>: <text>"},
 * and the gateway answers with it. The others are the gateway's own (sign-in, reaching the ledger).
 *
 * <p>{@code ErrorCode.chaincodeCodes()} lists {@code INVALID_INPUT, ACCESS_DENIED, ...}.
 */
public enum ErrorCode {
  INVALID_INPUT(true),
  ACCESS_DENIED(true),
  EQUIPMENT_NOT_FOUND(true),
  EQUIPMENT_EXISTS(true),
  PATROL_NOT_FOUND(true),
  PATROL_ID_CONFLICT(true),
  EQUIPMENT_RETIRED(true),
  TICKETS_OPEN(true),
  CONTRACT_NOT_FOUND(true),
  CONTRACT_EXISTS(true),
  TICKET_NOT_FOUND(true),
  TICKET_EXISTS(true),
  INVALID_TRANSITION(true),
  REPORT_NOT_FOUND(true),
  REPORT_EXISTS(true),
  /** The machine has as many reports awaiting triage as it may; more wait until one is triaged. */
  REPORTS_PENDING(true),
  READING_EXISTS(true),
  /** No, wrong or expired credentials or token. */
  UNAUTHENTICATED(false),
  /** The transaction was ordered but committed as invalid (e.g. an MVCC read conflict). */
  COMMIT_FAILED(false),
  /**
   * The peers did not endorse the transaction for a reason that is not a chaincode code, e.g. the
   * endorsement policy cannot be met.
   */
  ENDORSEMENT_FAILED(false),
  /** No peer answered in time. */
  LEDGER_UNAVAILABLE(false),
  /** A peer answered with a failure that carries no chaincode code. */
  LEDGER_ERROR(false),
  /** No transaction of that id writes a record the caller may see a receipt of. */
  TRANSACTION_NOT_FOUND(false),
  /** No open-data snapshot of that day and name. */
  SNAPSHOT_NOT_FOUND(false),
  /** A signature made on a person's device does not verify against their certificate. */
  SIGNATURE_INVALID(false),
  /**
   * The person enrolled a device, and the gateway holds no key to sign for them: the write must be
   * sent with {@code Fitledger-Signing: device} and signed there.
   */
  SIGNATURE_REQUIRED(false),
  /** An enrolment code is wrong, used already or for someone else; the CA issued nothing. */
  ENROLMENT_REFUSED(false),
  /** The organization's certificate authority cannot be reached; nothing was enrolled. */
  CA_UNAVAILABLE(false),
  /** The off-chain index's database cannot be reached; the ledger and what it holds are not. */
  INDEX_UNAVAILABLE(false),
  /** A fault in the gateway itself. */
  INTERNAL(false);

  private final boolean chaincode;

  ErrorCode(boolean chaincode) {
    this.chaincode = chaincode;
  }

  /** Whether the chaincode raises this code. */
  public boolean isChaincode() {
    return chaincode;
  }

  /** The codes the chaincode raises, in declaration order. */
  public static List<ErrorCode> chaincodeCodes() {
    return Arrays.stream(values()).filter(ErrorCode::isChaincode).collect(Collectors.toList());
  }
}
