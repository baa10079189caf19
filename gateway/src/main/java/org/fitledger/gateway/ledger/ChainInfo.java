package org.fitledger.gateway.ledger;

import com.google.protobuf.InvalidProtocolBufferException;
import org.fitledger.gateway.people.People;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.springframework.stereotype.Component;

/**
 * The channel's height as the indexer person's own peer knows it, from the system chaincode {@code
 * qscc}: blocks {@code 0 .. height-1} are committed there.
 *
 * <p>{@code long lastBlock = chainInfo.height() - 1;}
 */
@Component
public class ChainInfo {
  private final Gateways gateways;
  private final People people;
  private final NetworkConfig network;
  private final LedgerTimeouts timeouts;

  ChainInfo(Gateways gateways, People people, NetworkConfig network, LedgerTimeouts timeouts) {
    this.gateways = gateways;
    this.people = people;
    this.network = network;
    this.timeouts = timeouts;
  }

  /**
   * The number of blocks the peer has committed.
   *
   * @throws LedgerException if the peer did not answer
   */
  public long height() {
    try {
      byte[] answer =
          gateways
              .of(people.indexer())
              .getNetwork(network.channel())
              .getContract("qscc")
              .newProposal("GetChainInfo")
              .addArguments(network.channel())
              .build()
              .evaluate(LedgerTimeouts.within(timeouts.probe()));
      return BlockchainInfo.parseFrom(answer).getHeight();
    } catch (GatewayException e) {
      throw LedgerErrors.of(e, null);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("qscc GetChainInfo answered something else", e);
    }
  }
}
