package org.fitledger.gateway.index;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which transactions a block contributed to the index (table {@code index_transactions}), which it
 * skipped as invalid ({@code index_skipped_transactions}) and which of its valid ones the index
 * could not hold ({@code index_quarantined_transactions}), written with the block's rows.
 */
@Component
class IndexJournal {
  private final JdbcClient jdbc;

  IndexJournal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the blocks' transactions, in one statement for the valid ones and one for the invalid.
   * A transaction already recorded fails the blocks' database transaction: it would be counted
   * twice.
   */
  void record(List<ParsedBlock> blocks) {
    List<LedgerEvent> events = blocks.stream().flatMap(b -> b.events().stream()).toList();
    if (!events.isEmpty()) {
      jdbc.sql(
              "insert into index_transactions (tx_id, block_number, event_name)"
                  + " select * from unnest(?::text[], ?::bigint[], ?::text[])")
          .params(
              events.stream().map(LedgerEvent::txId).toArray(String[]::new),
              events.stream().map(LedgerEvent::blockNumber).toArray(Long[]::new),
              events.stream().map(LedgerEvent::name).toArray(String[]::new))
          .update();
    }
    List<InvalidTransaction> skipped = blocks.stream().flatMap(b -> b.skipped().stream()).toList();
    if (!skipped.isEmpty()) {
      jdbc.sql(
              "insert into index_skipped_transactions (tx_id, block_number, validation_code)"
                  + " select * from unnest(?::text[], ?::bigint[], ?::text[])"
                  + " on conflict do nothing")
          .params(
              skipped.stream().map(InvalidTransaction::txId).toArray(String[]::new),
              skipped.stream().map(InvalidTransaction::blockNumber).toArray(Long[]::new),
              skipped.stream().map(InvalidTransaction::validationCode).toArray(String[]::new))
          .update();
    }
  }

  /**
   * Records a valid transaction whose records the index does not hold, and why; it stays in {@code
   * index_transactions} too, as a transaction the index has dealt with. Names and reason are stored
   * with control characters and surrogates escaped, since they may quote what could not be stored.
   *
   * @param records kind/id of each record it wrote, as far as known
   */
  void quarantine(LedgerEvent event, List<String> records, String reason) {
    jdbc.sql(
            "insert into index_quarantined_transactions"
                + " (tx_id, block_number, event_name, records, reason) values (?, ?, ?, ?, ?)")
        .params(
            event.txId(),
            event.blockNumber(),
            event.name(),
            records.stream().map(StorableText::escaped).toArray(String[]::new),
            StorableText.escaped(reason))
        .update();
  }
}
