package org.fitledger.gateway.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The channel, the chaincode and each organization's peer, from the network file.
 *
 * <p>{@code network.peer("PatrolMSP").endpoint()} is e.g. {@code 127.0.0.1:9051}.
 *
 * @param channel the channel name, e.g. {@code maintenance}
 * @param chaincode the chaincode name, e.g. {@code fitledger}
 * @param orgs each MSP id's peer, in file order
 */
public record NetworkConfig(String channel, String chaincode, Map<String, OrgPeer> orgs) {

  /** Copies the map, keeping its order. */
  public NetworkConfig {
    orgs = Collections.unmodifiableMap(new LinkedHashMap<>(orgs));
  }

  /**
   * The peer of an organization.
   *
   * @param mspId the MSP id
   * @throws IllegalArgumentException if the network file names no peer for it
   */
  public OrgPeer peer(String mspId) {
    OrgPeer peer = orgs.get(mspId);
    if (peer == null) {
      throw new IllegalArgumentException("the network file has no peer for MSP " + mspId);
    }
    return peer;
  }
}
