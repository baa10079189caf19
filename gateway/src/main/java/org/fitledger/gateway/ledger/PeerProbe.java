package org.fitledger.gateway.ledger;

import org.fitledger.gateway.people.People;
import org.hyperledger.fabric.client.GatewayException;
import org.springframework.stereotype.Component;

/**
 * Asks one organization's peer for the chaincode's metadata, with the short probe deadline, to
 * learn whether it answers.
 *
 * <p>{@code probe.check("PatrolMSP")} returns normally or throws a {@link LedgerException}.
 */
@Component
public class PeerProbe {
  private static final String GET_METADATA = "org.hyperledger.fabric:GetMetadata";

  private final Gateways gateways;
  private final People people;
  private final NetworkConfig network;
  private final LedgerTimeouts timeouts;

  PeerProbe(Gateways gateways, People people, NetworkConfig network, LedgerTimeouts timeouts) {
    this.gateways = gateways;
    this.people = people;
    this.network = network;
    this.timeouts = timeouts;
  }

  /**
   * Evaluates {@code org.hyperledger.fabric:GetMetadata} on the peer, as the indexer person.
   *
   * @param mspId the organization whose peer to ask
   * @throws LedgerException if it did not answer in time
   */
  public void check(String mspId) {
    try {
      gateways
          .of(people.indexer(), mspId)
          .getNetwork(network.channel())
          .getContract(network.chaincode())
          .newProposal(GET_METADATA)
          .build()
          .evaluate(LedgerTimeouts.within(timeouts.probe()));
    } catch (GatewayException e) {
      throw LedgerErrors.of(e, null);
    }
  }
}
