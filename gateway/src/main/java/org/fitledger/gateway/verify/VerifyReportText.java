package org.fitledger.gateway.verify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link VerifyReport} as {@code ./fitledger audit verify} prints it: the heights and counts,
 * every listed mismatch and quarantined transaction, and the verdict last.
 *
 * <pre>{@code
 * VerifyReportText.lines(report).forEach(System.out::println);
 * }</pre>
 */
final class VerifyReportText {
  private VerifyReportText() {}

  /** The report's lines. */
  public static List<String> lines(VerifyReport report) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "blocks 0..%d: %d checked; last indexed block %d; %s s",
            report.ledgerHeight() - 1,
            report.blocksChecked(),
            report.indexedBlock(),
            seconds(report.millis())));
    lines.add(
        String.format(
            "  transactions: ledger %d, index %d",
            report.transactions().ledger(), report.transactions().index()));
    for (Map.Entry<String, VerifyReport.Counts> kind : report.records().entrySet()) {
      lines.add(
          String.format(
              "  %-10s ledger %d, index %d",
              kind.getKey(), kind.getValue().ledger(), kind.getValue().index()));
    }
    for (Mismatch m : report.mismatches()) {
      lines.add(
          String.format(
              "  MISMATCH %s %s %s %s: %s", m.check(), m.kind(), m.id(), m.problem(), m.detail()));
    }
    for (QuarantinedTransaction q : report.quarantined()) {
      lines.add(
          String.format(
              "  QUARANTINED transaction %s (block %d) wrote %s: %s",
              q.txId(),
              q.blockNumber(),
              q.records().isEmpty() ? "nothing readable" : String.join(", ", q.records()),
              q.reason()));
    }
    if (report.quarantinedCount() > 0) {
      lines.add(
          String.format(
              "  %d transactions quarantined: their records are not in the index (see above)",
              report.quarantinedCount()));
    }
    lines.add(
        report.ok()
            ? "OK: the index equals the ledger and the chain holds"
            : report.mismatchCount() + " MISMATCHES");
    return lines;
  }

  /**
   * Seconds to one decimal, rounded from the exact double half to even as C's printf rounds
   * (Formatter's %.1f would round 1.25 up), so that the figure reads as the launcher always printed
   * it.
   */
  static String seconds(long millis) {
    return new BigDecimal(millis / 1000.0).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
