package org.fitledger.gateway.bench;

import java.util.HashMap;
import java.util.Map;
import org.fitledger.gateway.LiveFabric;
import org.fitledger.gateway.client.Device;
import org.fitledger.model.ledger.Transactions;

/**
 * The patrols of {@link PatrolLoad}, each signed on its inspector's own device: the write asks for
 * its proposal, the device reads and signs it, then signs the endorsed transaction, as the field
 * app does; three requests per patrol where the gateway-signed patrol takes one.
 */
final class DevicePatrolLoad implements Workload {
  static final String NAME = "patrol signed on device";

  private final Api api;
  private final PatrolLoad patrols;
  private final Map<String, Device> devices = new HashMap<>();
  private long sent;

  DevicePatrolLoad(Api api, PatrolLoad patrols, LiveFabric fabric) {
    this.api = api;
    this.patrols = patrols;
    Seed.INSPECTORS.forEach(inspector -> devices.put(inspector, fabric.device(inspector)));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Answer next(int client) {
    String inspector = Seed.INSPECTORS.get(client % Seed.INSPECTORS.size());
    Device device = devices.get(inspector);
    String body;
    synchronized (this) {
      body = patrols.body(sent++);
    }
    Answer proposal = api.postToSign(inspector, "api/v1/patrols", body);
    if (proposal.status() != 202) {
      return proposal;
    }
    Answer endorsed =
        api.postSignature(
            inspector,
            proposal.json(),
            device.signProposal(proposal.json(), Transactions.RECORD_PATROL, body));
    if (endorsed.status() != 202) {
      return endorsed;
    }
    return api.postSignature(inspector, endorsed.json(), device.signTransaction(endorsed.json()));
  }
}
