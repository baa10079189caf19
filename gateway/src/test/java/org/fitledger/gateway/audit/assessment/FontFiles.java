package org.fitledger.gateway.audit.assessment;

import java.nio.file.Path;

/** The fonts the tests use: Debian's Chinese font if installed, and one that is never there. */
final class FontFiles {
  static final Path WQY = Path.of(ReportFonts.WQY_MICROHEI);
  static final Path ABSENT = Path.of("/nonexistent/fitledger/no-such-font.ttc");

  private FontFiles() {}
}
