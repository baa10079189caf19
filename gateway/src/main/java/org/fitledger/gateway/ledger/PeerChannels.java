package org.fitledger.gateway.ledger;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** One long-lived TLS gRPC channel to each organization's peer, shared by every person. */
@Component
class PeerChannels implements AutoCloseable {
  // Fabric peers refuse keepalive pings more often than every 60 s (peer.keepalive.minInterval).
  private static final long KEEPALIVE_SECONDS = 90;
  private static final long KEEPALIVE_TIMEOUT_SECONDS = 20;

  private final Map<String, ManagedChannel> channels = new LinkedHashMap<>();

  /**
   * Opens a channel to every peer in the network file; gRPC connects lazily.
   *
   * @param network the network file
   */
  PeerChannels(NetworkConfig network) {
    network.orgs().forEach((mspId, peer) -> channels.put(mspId, open(mspId, peer)));
  }

  /**
   * The channel to an organization's peer.
   *
   * @param mspId the organization
   * @throws IllegalArgumentException if the network file names no peer for it
   */
  ManagedChannel channel(String mspId) {
    ManagedChannel channel = channels.get(mspId);
    if (channel == null) {
      throw new IllegalArgumentException("the network file has no peer for MSP " + mspId);
    }
    return channel;
  }

  @Override
  public void close() throws InterruptedException {
    channels.values().forEach(ManagedChannel::shutdownNow);
    for (ManagedChannel channel : channels.values()) {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static ManagedChannel open(String mspId, OrgPeer peer) {
    TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder();
    try {
      tls.trustManager(peer.tlsCaCert().toFile());
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the TLS CA certificate of " + mspId + ": " + peer.tlsCaCert(), e);
    }
    return Grpc.newChannelBuilder(peer.endpoint(), tls.build())
        .overrideAuthority(peer.hostAlias())
        .keepAliveTime(KEEPALIVE_SECONDS, TimeUnit.SECONDS)
        .keepAliveTimeout(KEEPALIVE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .build();
  }
}
