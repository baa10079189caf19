package org.fitledger.gateway.ledger;

/**
 * What one peer said about a failed call.
 *
 * <p>{@code new PeerDetail("peer0.patrol:9051", "PatrolMSP", "chaincode response 500, ...")}
 *
 * @param address the peer's address
 * @param mspId the peer's MSP id
 * @param message the peer's error message
 */
public record PeerDetail(String address, String mspId, String message) {}
