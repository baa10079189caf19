package org.fitledger.gateway.ledger;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How one organization's peer, and its certificate authority, are reached.
 *
 * <p>{@code new OrgPeer("127.0.0.1:7051", "peer0.patrol.fitledger.example", caCert)}
 *
 * @param endpoint {@code host:port} of the peer's gateway service
 * @param hostAlias the name in the peer's TLS certificate
 * @param tlsCaCert the PEM file of the CA that signed the TLS certificates of the peer and of the
 *     organization's certificate authority
 * @param ca the organization's Fabric CA, where people enrol their devices; null if none is named
 */
public record OrgPeer(String endpoint, String hostAlias, Path tlsCaCert, Ca ca) {

  /** A peer of an organization whose certificate authority is not named. */
  public OrgPeer(String endpoint, String hostAlias, Path tlsCaCert) {
    this(endpoint, hostAlias, tlsCaCert, null);
  }

  /** The organization's certificate authority, if named. */
  public Optional<Ca> certificateAuthority() {
    return Optional.ofNullable(ca);
  }

  /**
   * An organization's Fabric CA.
   *
   * @param url its {@code https://host:port}
   * @param name its CA name ({@code caname})
   */
  public record Ca(URI url, String name) {}
}
