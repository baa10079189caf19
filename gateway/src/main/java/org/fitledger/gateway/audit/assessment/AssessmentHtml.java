package org.fitledger.gateway.audit.assessment;

import java.util.Base64;
import java.util.List;

/**
 * Writes an assessment as one self-contained HTML page: its styles inline and its charts as {@code
 * data:} PNG images, so that it can be filed or mailed and opened without reaching any host. Every
 * figure with records behind it links ({@code <a href>}) to their drill-down list at the request's
 * base URL. All text is escaped.
 *
 * <p>{@code String page = AssessmentHtml.write(assessment, charts, "https://x.example")}
 */
final class AssessmentHtml {
  private static final String STYLE =
      "body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;margin:2em;"
          + "color:#1b1b1b}table{border-collapse:collapse;margin:.5em 0 1em}"
          + "th,td{border:1px solid #c8ced6;padding:.25em .6em}th{background:#e8ecf2;"
          + "text-align:left}td.n{text-align:right}img{max-width:100%;height:auto}"
          + "a{color:#1a4f9c}";

  private AssessmentHtml() {}

  /**
   * The page.
   *
   * @param charts the charts drawn from the assessment, in the order of {@link ChartData#of}
   * @param base the base URL the links start from, without a trailing slash
   */
  static String write(Assessment a, List<Chart> charts, String base) {
    StringBuilder html = new StringBuilder(8192);
    String title = escape(ReportTables.title(a));
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title)
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(title)
        .append("</h1>\n");
    for (String line : ReportTables.lines(a)) {
      html.append("<p>").append(escape(line)).append("</p>\n");
    }
    int chart = 0;
    for (ReportTables.Section section : ReportTables.sections(a)) {
      html.append("<section><h2>").append(escape(section.heading())).append("</h2>\n");
      if (section.rows().isEmpty()) {
        html.append("<p>").append(escape(section.empty())).append("</p></section>\n");
        continue;
      }
      table(html, section, base);
      Chart drawn = charts.get(chart++);
      html.append("<figure><img alt=\"")
          .append(escape(drawn.title()))
          .append("\" width=\"")
          .append(drawn.width())
          .append("\" height=\"")
          .append(drawn.height())
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(drawn.png()))
          .append("\"></figure></section>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder html, ReportTables.Section section, String base) {
    html.append("<table><thead><tr>");
    for (String column : section.columns()) {
      html.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    html.append("</tr></thead><tbody>\n");
    for (List<ReportTables.Cell> row : section.rows()) {
      html.append("<tr>");
      for (ReportTables.Cell cell : row) {
        html.append(cell.numeric() ? "<td class=\"n\">" : "<td>");
        if (cell.link() == null) {
          html.append(escape(cell.text()));
        } else {
          html.append("<a href=\"")
              .append(escape(base + cell.link()))
              .append("\">")
              .append(escape(cell.text()))
              .append("</a>");
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  /** Text safe in an element or a quoted attribute. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
