package org.fitledger.gateway.index;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which transactions a block contributed to the index (table {@code index_transactions}) and which
 * it skipped as invalid ({@code index_skipped_transactions}), written with the block's rows.
 */
@Component
class IndexJournal {
  private final JdbcClient jdbc;

  IndexJournal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a block's transactions. A transaction already recorded fails the block's database
   * transaction: it would be counted twice.
   */
  void record(ParsedBlock block) {
    for (LedgerEvent event : block.events()) {
      jdbc.sql("insert into index_transactions (tx_id, block_number, event_name) values (?, ?, ?)")
          .params(event.transactionId(), block.number(), event.name())
          .update();
    }
    for (SkippedTransaction skipped : block.skipped()) {
      jdbc.sql(
              "insert into index_skipped_transactions (tx_id, block_number, validation_code)"
                  + " values (?, ?, ?) on conflict do nothing")
          .params(skipped.transactionId(), block.number(), skipped.validationCode())
          .update();
    }
  }
}
