package org.fitledger.gateway.ledger;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.springframework.stereotype.Component;

/**
 * Whole blocks as the indexer person's own peer stores them, with the orderers' signatures and the
 * validation flags in their metadata.
 *
 * <p>{@code Block block = blocks.holding(txId);}
 */
@Component
public class Blocks {
  private final Qscc qscc;
  private final NetworkConfig network;
  private final LedgerTimeouts timeouts;

  Blocks(Qscc qscc, NetworkConfig network, LedgerTimeouts timeouts) {
    this.qscc = qscc;
    this.network = network;
    this.timeouts = timeouts;
  }

  /**
   * The block that holds a transaction.
   *
   * @throws LedgerException if the peer did not answer or holds no such transaction
   */
  public Block holding(String txId) {
    return block("GetBlockByTxID", txId);
  }

  /**
   * The block of a number.
   *
   * @throws LedgerException if the peer did not answer or has no such block
   */
  public Block number(long number) {
    return block("GetBlockByNumber", Long.toString(number));
  }

  /** The channel's name. */
  public String channel() {
    return network.channel();
  }

  /** The FitLedger chaincode's name: the namespace of its records. */
  public String chaincode() {
    return network.chaincode();
  }

  private Block block(String function, String argument) {
    try {
      return Block.parseFrom(qscc.query(timeouts.evaluate(), function, argument));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("qscc " + function + " answered something else", e);
    }
  }
}
