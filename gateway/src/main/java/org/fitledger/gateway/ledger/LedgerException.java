package org.fitledger.gateway.ledger;

import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.Person;
import org.fitledger.model.error.ErrorCode;

/**
 * Any failed ledger call, with its code, the transaction id (when there was one) and what every
 * peer said.
 *
 * <pre>{@code
 * catch (LedgerException e) {
 *   log.warn("{} in {}: {}", e.code(), e.txId().orElse("-"), e.details());
 * }
 * }</pre>
 */
public class LedgerException extends CodedException {
  private static final long serialVersionUID = 1L;

  private final String txId;
  private final transient List<PeerDetail> details;

  /**
   * @param code the machine code
   * @param message the human message
   * @param txId the transaction id, or null for a call that is not a transaction
   * @param details what each peer said
   * @param cause the Fabric failure, or null
   */
  public LedgerException(
      ErrorCode code, String message, String txId, List<PeerDetail> details, Throwable cause) {
    super(code, message, cause);
    this.txId = txId;
    this.details = List.copyOf(details);
  }

  /** The id of the transaction that failed, if the call was one. */
  public Optional<String> txId() {
    return Optional.ofNullable(txId);
  }

  /** What each peer said. */
  public List<PeerDetail> details() {
    return details;
  }

  /**
   * The message for a caller who may not learn the network's layout: the chaincode's own refusal as
   * it is, and for a failure of the network itself (whose message is Fabric's, naming hosts and
   * organizations) only what failed.
   */
  public String publicMessage() {
    return switch (code()) {
      case LEDGER_UNAVAILABLE -> "the ledger could not be reached; try again";
      case LEDGER_ERROR -> "the ledger failed to answer";
      case ENDORSEMENT_FAILED -> "the transaction was not endorsed";
      default -> getMessage();
    };
  }

  /**
   * The person signs on their own device and the gateway holds no key of theirs: the write must be
   * sent with {@code Fitledger-Signing: device} and signed there ({@code SIGNATURE_REQUIRED}).
   */
  public static LedgerException signatureRequired(Person person) {
    return new LedgerException(
        ErrorCode.SIGNATURE_REQUIRED,
        person.username()
            + " signs on their own device, and the gateway holds no key of theirs: send the"
            + " write with 'Fitledger-Signing: device' and sign it there",
        null,
        List.of(),
        null);
  }
}
