package org.fitledger.gateway.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period in UTC: a calendar month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a
 * year ({@code 2026}), from its first instant (inclusive) to the next period's (exclusive).
 *
 * <p>{@code Period.parse("2026-Q4")} is {@code {"id":"2026-Q4","from":"2026-10-01T00:00:00Z",
 * "to":"2027-01-01T00:00:00Z"}}.
 *
 * @param id the period as written
 * @param from its first instant
 * @param to the first instant after it
 */
public record Period(String id, Instant from, Instant to) {
  private static final Pattern FORMAT =
      Pattern.compile("(?<year>\\d{4})(?:-(?<month>\\d{2})|-Q(?<quarter>[1-4]))?");

  /**
   * Reads a period.
   *
   * @throws org.fitledger.gateway.error.CodedException {@code INVALID_INPUT} if malformed
   */
  public static Period parse(String text) {
    Matcher matcher = text == null ? null : FORMAT.matcher(text);
    if (matcher == null || !matcher.matches()) {
      throw malformed(text);
    }
    int year = Integer.parseInt(matcher.group("year"));
    if (year < Params.FIRST_YEAR || year > Params.LAST_YEAR) {
      throw malformed(text);
    }
    if (matcher.group("month") != null) {
      int month = Integer.parseInt(matcher.group("month"));
      if (month < 1 || month > 12) {
        throw malformed(text);
      }
      return months(text, YearMonth.of(year, month), 1);
    }
    if (matcher.group("quarter") != null) {
      int quarter = Integer.parseInt(matcher.group("quarter"));
      return months(text, YearMonth.of(year, 3 * quarter - 2), 3);
    }
    return months(text, YearMonth.of(year, 1), 12);
  }

  /** The period a parameter names, or the calendar month of {@code now} when it names none. */
  public static Period parseOrMonthOf(String text, Instant now) {
    if (Params.absent(text)) {
      return monthOf(now);
    }
    return parse(text.strip());
  }

  /** The calendar month (UTC) holding an instant. */
  public static Period monthOf(Instant instant) {
    YearMonth month = YearMonth.from(instant.atZone(ZoneOffset.UTC));
    return months(month.toString(), month, 1);
  }

  private static Period months(String id, YearMonth first, int count) {
    return new Period(id, start(first), start(first.plusMonths(count)));
  }

  private static Instant start(YearMonth month) {
    return LocalDate.of(month.getYear(), month.getMonth(), 1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  private static RuntimeException malformed(String text) {
    return Params.invalid(
        "period must be a month (2026-11), a quarter (2026-Q4) or a year (2026), in the years "
            + Params.FIRST_YEAR
            + " to "
            + Params.LAST_YEAR
            + ": "
            + text);
  }
}
