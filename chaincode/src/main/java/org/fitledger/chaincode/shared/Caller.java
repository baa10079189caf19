package org.fitledger.chaincode.shared;

import java.util.Objects;

/**
 * Who submitted the transaction, as proven by their X.509 certificate.
 *
 * <pre>{@code
 * tx.caller().requireMsp("PatrolMSP", "record a patrol");
 * }</pre>
 *
 * @param mspId the MSP that issued the certificate, e.g. {@code PatrolMSP}
 * @param commonName the certificate subject's CN, e.g. {@code User1@patrol.fitledger.example}
 */
public record Caller(String mspId, String commonName) {

  /** Checks that both parts are present. */
  public Caller {
    Objects.requireNonNull(mspId, "mspId");
    Objects.requireNonNull(commonName, "commonName");
  }

  /**
   * Refuses the transaction unless the caller belongs to the given MSP.
   *
   * @param requiredMspId the only MSP allowed
   * @param action what the caller tried to do, for the message
   * @throws LedgerException with {@link ErrorCode#ACCESS_DENIED}
   */
  public void requireMsp(String requiredMspId, String action) {
    if (!requiredMspId.equals(mspId)) {
      throw new LedgerException(
          ErrorCode.ACCESS_DENIED,
          "only " + requiredMspId + " may " + action + "; the caller belongs to " + mspId);
    }
  }
}
