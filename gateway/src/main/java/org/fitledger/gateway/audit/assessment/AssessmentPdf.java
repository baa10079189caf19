package org.fitledger.gateway.audit.assessment;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an assessment as a PDF (OpenPDF, landscape A4): a heading with the period and district,
 * then per section a table and its chart. Every figure with records behind it is a link (a PDF link
 * annotation) to their drill-down list at the request's base URL.
 *
 * <p>{@code byte[] pdf = new AssessmentPdf(fonts).write(assessment, charts, "https://x.example")}
 */
final class AssessmentPdf {
  private static final Color LINK = new Color(0x1a, 0x4f, 0x9c);
  private static final Color HEAD = new Color(0xe8, 0xec, 0xf2);

  private final Font body;
  private final Font bold;
  private final Font link;
  private final Font title;
  private final Font heading;

  AssessmentPdf(ReportFonts fonts) {
    body = new Font(fonts.pdf(), 9);
    bold = new Font(fonts.pdf(), 9, Font.BOLD);
    link = new Font(fonts.pdf(), 9, Font.UNDERLINE, LINK);
    title = new Font(fonts.pdf(), 18, Font.BOLD);
    heading = new Font(fonts.pdf(), 13, Font.BOLD);
  }

  /**
   * The PDF.
   *
   * @param charts the charts drawn from the assessment, in the order of {@link ChartData#of}
   * @param base the base URL the links start from, without a trailing slash
   */
  byte[] write(Assessment a, List<Chart> charts, String base) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter.getInstance(document, out);
    document.addTitle(ReportTables.title(a));
    document.addCreator("FitLedger");
    document.open();
    document.add(new Paragraph(ReportTables.title(a), title));
    for (String line : ReportTables.lines(a)) {
      document.add(new Paragraph(line, body));
    }
    int chart = 0;
    for (ReportTables.Section section : ReportTables.sections(a)) {
      Paragraph header = new Paragraph(section.heading(), heading);
      header.setSpacingBefore(12);
      header.setSpacingAfter(6);
      document.add(header);
      if (section.rows().isEmpty()) {
        document.add(new Paragraph(section.empty(), body));
        continue;
      }
      document.add(table(section, base));
      document.add(image(charts.get(chart++)));
    }
    document.close();
    return out.toByteArray();
  }

  private PdfPTable table(ReportTables.Section section, String base) {
    // The first column names the row (a company, district or person) and gets the most room.
    float[] widths = new float[section.columns().size()];
    java.util.Arrays.fill(widths, 2);
    widths[0] = 3;
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String column : section.columns()) {
      PdfPCell cell = new PdfPCell(new Phrase(column, bold));
      cell.setBackgroundColor(HEAD);
      table.addCell(cell);
    }
    for (List<ReportTables.Cell> row : section.rows()) {
      for (ReportTables.Cell cell : row) {
        table.addCell(cell(cell, base));
      }
    }
    return table;
  }

  private PdfPCell cell(ReportTables.Cell cell, String base) {
    Phrase phrase;
    if (cell.link() == null) {
      phrase = new Phrase(cell.text(), body);
    } else {
      Chunk chunk = new Chunk(cell.text(), link);
      chunk.setAnchor(ascii(base + cell.link()));
      phrase = new Phrase(chunk);
    }
    PdfPCell answer = new PdfPCell(phrase);
    answer.setPadding(3);
    if (cell.numeric()) {
      answer.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    return answer;
  }

  /**
   * A URL as a PDF link holds it, in ASCII: every other character percent-encoded as UTF-8. The
   * audit's links are encoded already; this keeps any other from losing characters.
   */
  static String ascii(String url) {
    StringBuilder encoded = new StringBuilder(url.length());
    for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return encoded.toString();
  }

  private static Image image(Chart chart) {
    try {
      Image image = Image.getInstance(chart.png());
      image.scaleToFit(PageSize.A4.getHeight() - 72, 300);
      image.setAlt(chart.title());
      image.setSpacingBefore(8);
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
