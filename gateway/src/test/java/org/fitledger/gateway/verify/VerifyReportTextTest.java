package org.fitledger.gateway.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class VerifyReportTextTest {
  /** A report as the gateway answers it, with mismatches and quarantined transactions. */
  static final String DIFFERENT =
      """
      {"ok":false,"ledgerHeight":42,"indexedBlock":41,"blocksChecked":42,
       "transactions":{"ledger":57,"index":56},
       "records":{"equipment":{"ledger":3,"index":3},"patrol":{"ledger":12,"index":11},
                  "ticket":{"ledger":4,"index":4}},
       "mismatchCount":2,
       "mismatches":[
         {"check":"records","kind":"patrol","id":"5b0c-1","problem":"MISSING_FROM_INDEX",
          "detail":"on the ledger, not in the index"},
         {"check":"chain","kind":"block","id":"17","problem":"DATA_HASH",
          "detail":"header says ab12, transactions hash to cd34"}],
       "quarantinedCount":2,
       "quarantined":[
         {"txId":"9f3e","blockNumber":7,"records":["patrol/6f1c","ticket/6f1c-0"],
          "reason":"text PostgreSQL cannot store: U+0000 in notes"},
         {"txId":"a0b1","blockNumber":9,"records":[],"reason":"an event this gateway cannot read"}],
       "millis":1250}
      """;

  static final VerifyReport OK =
      new VerifyReport(
          true,
          10,
          9,
          10,
          new VerifyReport.Counts(8, 8),
          Map.of("patrol", new VerifyReport.Counts(5, 5)),
          0,
          List.of(),
          0,
          List.of(),
          333);

  @Test
  void prints_counts_every_mismatch_and_quarantined_transaction_then_the_number_of_mismatches() {
    VerifyReport report = JsonMapper.shared().readValue(DIFFERENT, VerifyReport.class);

    assertThat(VerifyReportText.lines(report))
        .containsExactly(
            "blocks 0..41: 42 checked; last indexed block 41; 1.2 s",
            "  transactions: ledger 57, index 56",
            "  equipment  ledger 3, index 3",
            "  patrol     ledger 12, index 11",
            "  ticket     ledger 4, index 4",
            "  MISMATCH records patrol 5b0c-1 MISSING_FROM_INDEX: on the ledger, not in the index",
            "  MISMATCH chain block 17 DATA_HASH: header says ab12, transactions hash to cd34",
            "  QUARANTINED transaction 9f3e (block 7) wrote patrol/6f1c, ticket/6f1c-0: text"
                + " PostgreSQL cannot store: U+0000 in notes",
            "  QUARANTINED transaction a0b1 (block 9) wrote nothing readable: an event this gateway"
                + " cannot read",
            "  2 transactions quarantined: their records are not in the index (see above)",
            "2 MISMATCHES");
  }

  @Test
  void ends_an_ok_report_with_ok_and_says_nothing_of_quarantine() {
    assertThat(VerifyReportText.lines(OK))
        .containsExactly(
            "blocks 0..9: 10 checked; last indexed block 9; 0.3 s",
            "  transactions: ledger 8, index 8",
            "  patrol     ledger 5, index 5",
            "OK: the index equals the ledger and the chain holds");
  }

  @Test
  void reads_back_the_report_as_the_gateway_writes_it() {
    VerifyReport report = JsonMapper.shared().readValue(DIFFERENT, VerifyReport.class);

    String written = JsonMapper.shared().writeValueAsString(report);

    assertThat(JsonMapper.shared().readValue(written, VerifyReport.class)).isEqualTo(report);
  }

  @ParameterizedTest(name = "{0} ms as {1} s")
  @CsvSource({"0, 0.0", "50, 0.1", "1250, 1.2", "1350, 1.4", "1750, 1.8", "99950, 100.0"})
  void rounds_the_seconds_as_the_launcher_always_printed_them(long millis, String seconds) {
    assertThat(VerifyReportText.seconds(millis)).isEqualTo(seconds);
  }
}
