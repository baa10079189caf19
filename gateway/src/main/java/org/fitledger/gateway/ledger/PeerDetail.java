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

  /** What the peer said, without saying which peer it was. */
  public PeerDetail withoutPeer() {
    return new PeerDetail(null, null, message);
  }
}
