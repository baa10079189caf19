package org.fitledger.gateway.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one peer said about a failed call.
 *
 * <p>{@code new PeerDetail("peer0.patrol:9051", "PatrolMSP", "chaincode response 500, ...")}
 *
 * @param address the peer's address
 * @param mspId the peer's MSP id
 * @param message the peer's error message
 */
public record PeerDetail(
    @JsonInclude(JsonInclude.Include.NON_NULL) String address,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mspId,
    String message) {

  /**
   * What the peer said, for a caller who may not learn the network's layout: no address or MSP id,
   * and of a message that is not the chaincode's own refusal only the kind of failure, as Fabric's
   * own messages name hosts, ports, channels and organizations.
   */
  public PeerDetail withoutPeer() {
    return new PeerDetail(
        null,
        null,
        ChaincodeError.find(message)
            .map(error -> error.code() + ": " + error.text())
            .orElseGet(() -> kindOf(message)));
  }

  private static String kindOf(String message) {
    String text = message == null ? "" : message;
    if (text.contains("access denied")) {
      return "access denied: the peer refused the caller's certificate";
    }
    if (LedgerErrors.isUnreachable(text)) {
      return "the peer could not be reached";
    }
    return "the peer refused the proposal";
  }
}
