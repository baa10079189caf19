package org.fitledger.gateway.ledger;

import org.fitledger.gateway.people.People;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.springframework.stereotype.Component;

/**
 * The stream of full blocks of the channel, read under the indexer person's identity.
 *
 * <pre>{@code
 * try (CloseableIterator<Block> blocks = blockEvents.from(42)) {
 *   blocks.forEachRemaining(this::project);
 * }
 * }</pre>
 */
@Component
public class BlockEvents {
  private final Gateways gateways;
  private final People people;
  private final NetworkConfig network;

  BlockEvents(Gateways gateways, People people, NetworkConfig network) {
    this.gateways = gateways;
    this.people = people;
    this.network = network;
  }

  /**
   * Opens the stream; closing it cancels the gRPC call. It has no deadline because it is meant to
   * stay open: a broken stream fails {@code hasNext()}, and the channel's keepalive finds dead
   * connections.
   *
   * @param startBlock the first block to deliver
   * @return every block from there on, waiting for new ones
   */
  public CloseableIterator<Block> from(long startBlock) {
    return gateways
        .of(people.indexer())
        .getNetwork(network.channel())
        .newBlockEventsRequest()
        .startBlock(startBlock)
        .build()
        .getEvents();
  }
}
