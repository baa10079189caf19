package org.fitledger.gateway.health;

import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.ledger.PeerProbe;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code peer}: UP while at least one organization's peer answers {@code
 * GetMetadata}, with each organization's answer as a detail.
 */
@Component
class PeerHealthIndicator implements HealthIndicator {
  private final PeerProbe probe;
  private final NetworkConfig network;

  PeerHealthIndicator(PeerProbe probe, NetworkConfig network) {
    this.probe = probe;
    this.network = network;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.down();
    for (String mspId : network.orgs().keySet()) {
      try {
        probe.check(mspId);
        health.up().withDetail(mspId, "UP");
      } catch (LedgerException e) {
        health.withDetail(mspId, e.code() + ": " + e.getMessage());
      }
    }
    return health.build();
  }
}
