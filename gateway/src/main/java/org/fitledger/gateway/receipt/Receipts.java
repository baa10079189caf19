package org.fitledger.gateway.receipt;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fitledger.gateway.ledger.Blocks;
import org.hyperledger.fabric.protos.common.Block;
import org.springframework.stereotype.Component;

/**
 * Receipts of transactions, made from the ledger itself: the block a peer holds, and the
 * organizations of the configuration block in force when it was cut (kept once read: a
 * configuration block never changes).
 */
@Component
class Receipts {
  private final Blocks blocks;
  private final Map<Long, ChannelOrganizations> configurations = new ConcurrentHashMap<>();

  Receipts(Blocks blocks) {
    this.blocks = blocks;
  }

  /**
   * The receipt of {@code txId} writing record {@code kind}/{@code id}, or empty if the ledger
   * holds no such transaction writing that record.
   *
   * @throws org.fitledger.gateway.ledger.LedgerException if the peer could not be asked
   */
  Optional<Receipt> of(String txId, String kind, String id) {
    Block block = blocks.holding(txId);
    ChannelOrganizations organizations =
        configurations.computeIfAbsent(
            ChannelOrganizations.lastConfig(block),
            number -> ChannelOrganizations.of(blocks.number(number)));
    return ReceiptBuilder.of(
        block, txId, kind, id, organizations, blocks.channel(), blocks.chaincode());
  }
}
