package org.fitledger.gateway.ledger;

import java.time.Duration;
import org.fitledger.gateway.people.People;
import org.hyperledger.fabric.client.GatewayException;
import org.springframework.stereotype.Component;

/**
 * Queries of the peer's system chaincode {@code qscc} on the channel, as the indexer person, who
 * belongs to the Authority org and reads every block.
 *
 * <p>{@code byte[] info = qscc.query(timeouts.probe(), "GetChainInfo");}
 */
@Component
class Qscc {
  private final Gateways gateways;
  private final People people;
  private final NetworkConfig network;

  Qscc(Gateways gateways, People people, NetworkConfig network) {
    this.gateways = gateways;
    this.people = people;
    this.network = network;
  }

  /**
   * The answer of a {@code qscc} function, given the channel and then {@code arguments}.
   *
   * @throws LedgerException if the peer did not answer, or refused
   */
  byte[] query(Duration timeout, String function, String... arguments) {
    String[] withChannel = new String[arguments.length + 1];
    withChannel[0] = network.channel();
    System.arraycopy(arguments, 0, withChannel, 1, arguments.length);
    try {
      return gateways
          .of(people.indexer())
          .getNetwork(network.channel())
          .getContract("qscc")
          .newProposal(function)
          .addArguments(withChannel)
          .build()
          .evaluate(LedgerTimeouts.within(timeout));
    } catch (GatewayException e) {
      throw LedgerErrors.of(e, null);
    }
  }
}
