package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexJournalTest {
  private final RecordingJdbc jdbc = new RecordingJdbc();
  private final IndexJournal journal = new IndexJournal(jdbc.client());

  @Test
  void records_each_projected_transaction_once_and_each_skipped_one_with_its_code() {
    ParsedBlock block =
        new ParsedBlock(
            7,
            List.of(
                new LedgerEvent(7, "tx-a", "fitledger", "PatrolRecorded", "{}"),
                new LedgerEvent(7, "tx-b", "fitledger", "TicketAcknowledged", "{}")),
            List.of(new InvalidTransaction("tx-c", 7, "MVCC_READ_CONFLICT")));

    journal.record(block);

    assertThat(jdbc.statements())
        .filteredOn(s -> s.writes("index_transactions"))
        .extracting(RecordingJdbc.Statement::params)
        .containsExactly(
            List.of("tx-a", 7L, "PatrolRecorded"), List.of("tx-b", 7L, "TicketAcknowledged"));
    assertThat(jdbc.statements())
        .filteredOn(s -> s.writes("index_skipped_transactions"))
        .extracting(RecordingJdbc.Statement::params)
        .containsExactly(List.of("tx-c", 7L, "MVCC_READ_CONFLICT"));
    // a transaction projected twice must fail the block, not be ignored
    assertThat(jdbc.statements())
        .filteredOn(s -> s.writes("index_transactions"))
        .allSatisfy(s -> assertThat(s.sql()).doesNotContain("on conflict"));
  }
}
