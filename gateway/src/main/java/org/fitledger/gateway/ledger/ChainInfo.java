package org.fitledger.gateway.ledger;

import com.google.protobuf.InvalidProtocolBufferException;
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
  private final Qscc qscc;
  private final LedgerTimeouts timeouts;

  ChainInfo(Qscc qscc, LedgerTimeouts timeouts) {
    this.qscc = qscc;
    this.timeouts = timeouts;
  }

  /**
   * The number of blocks the peer has committed.
   *
   * @throws LedgerException if the peer did not answer
   */
  public long height() {
    try {
      return BlockchainInfo.parseFrom(qscc.query(timeouts.probe(), "GetChainInfo")).getHeight();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("qscc GetChainInfo answered something else", e);
    }
  }
}
