package org.fitledger.gateway.verify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fitledger.gateway.index.BlockParser;
import org.fitledger.gateway.index.LedgerEvent;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;

/**
 * Walks the blocks from 0 in order and checks that each one's data hash matches its transactions
 * and that each one's previous hash is the hash of the header before it. Along the way it collects
 * the valid transactions that carry a FitLedger event, which the index must hold exactly.
 *
 * <pre>{@code
 * ChainCheck chain = new ChainCheck("fitledger", mismatches::add);
 * blocks.forEachRemaining(chain::accept);
 * }</pre>
 */
final class ChainCheck {
  private static final HexFormat HEX = HexFormat.of();

  private final String chaincode;
  private final Consumer<Mismatch> mismatches;
  private final Map<String, Long> eventTransactions = new HashMap<>();
  private BlockHeader previous;
  private long blocks;

  ChainCheck(String chaincode, Consumer<Mismatch> mismatches) {
    this.chaincode = chaincode;
    this.mismatches = mismatches;
  }

  /** Checks the next block; the first must be block 0. */
  void accept(Block block) {
    BlockHeader header = block.getHeader();
    long expected = previous == null ? 0 : previous.getNumber() + 1;
    String id = Long.toString(header.getNumber());
    if (header.getNumber() != expected) {
      mismatch(id, "OUT_OF_ORDER", "expected block " + expected);
    }
    byte[] dataHash = BlockHashes.data(block.getData().getDataList());
    if (!Arrays.equals(dataHash, header.getDataHash().toByteArray())) {
      mismatch(
          id,
          "DATA_HASH",
          "the header holds "
              + HEX.formatHex(header.getDataHash().toByteArray())
              + " but the transactions hash to "
              + HEX.formatHex(dataHash));
    }
    if (previous != null) {
      byte[] link =
          BlockHashes.header(
              previous.getNumber(),
              previous.getPreviousHash().toByteArray(),
              previous.getDataHash().toByteArray());
      if (!Arrays.equals(link, header.getPreviousHash().toByteArray())) {
        mismatch(
            id,
            "PREVIOUS_HASH",
            "the header holds "
                + HEX.formatHex(header.getPreviousHash().toByteArray())
                + " but block "
                + previous.getNumber()
                + "'s header hashes to "
                + HEX.formatHex(link));
      }
    }
    List<LedgerEvent> events = BlockParser.parse(block, chaincode).events();
    events.forEach(event -> eventTransactions.put(event.txId(), event.blockNumber()));
    previous = header;
    blocks++;
  }

  /** How many blocks were checked. */
  long blocks() {
    return blocks;
  }

  /** Each valid transaction with a FitLedger event, with its block. */
  Map<String, Long> eventTransactions() {
    return eventTransactions;
  }

  private void mismatch(String block, String problem, String detail) {
    mismatches.accept(new Mismatch("chain", "block", block, problem, detail));
  }
}
