package org.fitledger.gateway.audit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV by RFC 4180: CRLF after every record; a field holding a comma, a double quote, CR or
 * LF is enclosed in double quotes, with its double quotes doubled. Null is the empty field, numbers
 * are written plainly (never in exponent notation), and a collection is one field of its items
 * joined by spaces.
 *
 * <pre>{@code
 * String csv = new CsvWriter().row(List.of("site", "overdue")).row(List.of("Park, north", 3)).text();
 * // site,overdue\r\n"Park, north",3\r\n
 * }</pre>
 */
public final class CsvWriter {
  private final StringBuilder text = new StringBuilder();

  /** Appends one record. */
  public CsvWriter row(List<?> fields) {
    text.append(fields.stream().map(CsvWriter::field).collect(Collectors.joining(",")));
    text.append("\r\n");
    return this;
  }

  /** The records written so far. */
  public String text() {
    return text.toString();
  }

  public static String field(Object value) {
    String plain = plain(value);
    if (plain.indexOf(',') < 0
        && plain.indexOf('"') < 0
        && plain.indexOf('\r') < 0
        && plain.indexOf('\n') < 0) {
      return plain;
    }
    return '"' + plain.replace("\"", "\"\"") + '"';
  }

  private static String plain(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue())
          .stripTrailingZeros()
          .toPlainString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value)
          .stream().map(CsvWriter::plain).collect(Collectors.joining(" "));
    }
    return value.toString();
  }
}
