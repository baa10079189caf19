package org.fitledger.gateway.audit.assessment;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of the report: one that has Chinese glyphs (company, site and district names may be
 * Chinese), embedded in the PDF and drawn in the charts, if the machine has it (Debian's {@code
 * fonts-wqy-microhei}); otherwise Helvetica in the PDF and the JDK's sans serif in the charts,
 * which leave out what they cannot draw rather than fail. Loaded once.
 *
 * <p>{@code new ReportFonts(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")).pdf()}
 */
class ReportFonts {
  /** Where Debian's {@code fonts-wqy-microhei} puts its font collection. */
  static final String WQY_MICROHEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

  private static final Logger LOG = LoggerFactory.getLogger(ReportFonts.class);

  private final BaseFont pdf;
  private final Font awt;
  private final boolean cjk;

  /** The font in a file (a TrueType font or collection), if it is there and can be read. */
  ReportFonts(Path file) {
    Font chart = null;
    BaseFont document = null;
    if (Files.isReadable(file)) {
      try {
        chart = Font.createFonts(file.toFile())[0];
        // A collection's first font is named "file.ttc,0"; a single font by its file alone.
        String name =
            file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")
                ? file + ",0"
                : file.toString();
        document = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (IOException | FontFormatException | RuntimeException e) {
        LOG.warn(
            "the report's font {} cannot be read; falling back to Helvetica: {}",
            file,
            e.toString());
        chart = null;
        document = null;
      }
    }
    this.cjk = document != null;
    this.awt = chart != null ? chart : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    this.pdf = document != null ? document : helvetica();
  }

  private static BaseFont helvetica() {
    try {
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The PDF's font. */
  BaseFont pdf() {
    return pdf;
  }

  /** The charts' font at a size, plain or bold. */
  Font chart(float size, boolean bold) {
    return awt.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
  }

  /** Whether the font has Chinese glyphs (the fallback has not). */
  boolean hasChinese() {
    return cjk;
  }
}
