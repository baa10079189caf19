package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexJournalTest {
  /** A statement's array parameters, one column of rows each. */
  private static List<List<Object>> columns(RecordingJdbc.Statement statement) {
    return statement.params().stream().map(column -> List.of((Object[]) column)).toList();
  }

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

    journal.record(List.of(block));

    assertThat(jdbc.statements())
        .filteredOn(s -> s.writes("index_transactions"))
        .extracting(IndexJournalTest::columns)
        .containsExactly(
            List.of(
                List.of("tx-a", "tx-b"),
                List.of(7L, 7L),
                List.of("PatrolRecorded", "TicketAcknowledged")));
    assertThat(jdbc.statements())
        .filteredOn(s -> s.writes("index_skipped_transactions"))
        .extracting(IndexJournalTest::columns)
        .containsExactly(List.of(List.of("tx-c"), List.of(7L), List.of("MVCC_READ_CONFLICT")));
    // a transaction projected twice must fail the block, not be ignored
    assertThat(jdbc.statements())
        .filteredOn(s -> s.writes("index_transactions"))
        .allSatisfy(s -> assertThat(s.sql()).doesNotContain("on conflict"));
  }
}
