package org.fitledger.gateway.index;

import java.util.OptionalLong;
import org.fitledger.gateway.ledger.ChainInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The block in which the index holds a committed transaction, for answering a write that the ledger
 * already holds (the same patrol sent again) with the transaction and block that first wrote it.
 *
 * <p>{@code OptionalLong block = indexed.awaitBlockOf(record.get("txId").asString());}
 */
@Component
public class IndexedTransactions {
  private final JdbcClient jdbc;
  private final IndexProgress progress;
  private final ChainInfo chain;

  IndexedTransactions(JdbcClient jdbc, IndexProgress progress, ChainInfo chain) {
    this.jdbc = jdbc;
    this.progress = progress;
    this.chain = chain;
  }

  /**
   * The block of a transaction the peers have committed; if the index does not hold it yet, waits
   * (at most the visibility timeout) until the index has every block the peer has.
   *
   * @return its block, or empty if the index does not hold it in time
   */
  public OptionalLong awaitBlockOf(String txId) {
    OptionalLong block = blockOf(txId);
    if (block.isPresent()) {
      return block;
    }
    progress.awaitProjected(chain.height() - 1);
    return blockOf(txId);
  }

  private OptionalLong blockOf(String txId) {
    return jdbc.sql("select block_number from index_transactions where tx_id = ?")
        .param(txId)
        .query(Long.class)
        .optional()
        .map(OptionalLong::of)
        .orElseGet(OptionalLong::empty);
  }
}
