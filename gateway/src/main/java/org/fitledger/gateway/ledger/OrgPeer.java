package org.fitledger.gateway.ledger;

import java.nio.file.Path;

/**
 * How one organization's peer is reached.
 *
 * <p>{@code new OrgPeer("127.0.0.1:7051", "peer0.patrol.fitledger.example", caCert)}
 *
 * @param endpoint {@code host:port} of the peer's gateway service
 * @param hostAlias the name in the peer's TLS certificate
 * @param tlsCaCert the PEM file of the CA that signed the peer's TLS certificate
 */
public record OrgPeer(String endpoint, String hostAlias, Path tlsCaCert) {}
