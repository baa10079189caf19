package org.fitledger.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The fault suite's figures: one row per fault in a Markdown table, {@code target/fault-results.md}
 * of the module (or {@code FITLEDGER_FAULT_RESULTS}), which {@code ./fitledger test} prints.
 */
final class FaultResults {
  private static final String HEADER =
      "| fault | recovery | load held during the fault | acknowledged | lost | duplicates |\n"
          + "|---|---|---|---|---|---|\n";

  private FaultResults() {}

  /** Adds the row of {@code fault}. */
  static synchronized void record(
      String fault, String recovery, String loadHeld, FaultChecks.Tally tally) throws IOException {
    Path file =
        Path.of(System.getenv().getOrDefault("FITLEDGER_FAULT_RESULTS", "target/fault-results.md"));
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      Files.writeString(file, HEADER, StandardCharsets.UTF_8);
    }
    String row =
        String.join(
                " | ",
                "| " + fault,
                recovery,
                loadHeld,
                String.valueOf(tally.accepted()),
                String.valueOf(tally.lost()),
                String.valueOf(tally.duplicates()))
            + " |\n";
    Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
