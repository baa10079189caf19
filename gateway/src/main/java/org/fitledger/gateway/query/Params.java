package org.fitledger.gateway.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.place.DistrictPath;

/**
 * Request parameters read as text and checked here, so that a malformed one answers 400 {@code
 * INVALID_INPUT} with its name rather than a framework error.
 *
 * <p>{@code Params.flag("overdue", "true")} is {@code true}; {@code Params.flag("overdue", "yes")}
 * throws.
 */
public final class Params {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,10}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,15})?");

  /**
   * The years (UTC) a date, instant or period of the API may lie in. The day, month or year after
   * any of them still has four digits, as PostgreSQL reads an ISO-8601 timestamp.
   */
  public static final int FIRST_YEAR = 1970;

  /** The last year of {@link #FIRST_YEAR}'s range. */
  public static final int LAST_YEAR = 9998;

  private static final Instant EARLIEST =
      LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LATEST =
      LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private Params() {}

  /** Whether the parameter is absent or blank. */
  public static boolean absent(String value) {
    return value == null || value.isBlank();
  }

  /** {@code true} or {@code false}, or null when absent. */
  public static Boolean flag(String name, String value) {
    if (absent(value)) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw invalid(name + " must be true or false: " + value);
    };
  }

  /**
   * A whole number in a range, in ASCII digits with an optional minus ({@code +5}, {@code ５} and
   * other scripts' digits are refused), or the default when absent.
   */
  public static int integer(String name, String value, int min, int max, int fallback) {
    if (absent(value)) {
      return fallback;
    }
    try {
      if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
        throw new NumberFormatException(value);
      }
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw invalid(name + " must be a whole number from " + min + " to " + max + ": " + value);
  }

  /** A required decimal number in a range, in ASCII ({@code 31.2304}, {@code -122.5}). */
  public static double decimal(String name, String value, double min, double max) {
    if (absent(value)) {
      throw invalid(name + " is required");
    }
    String text = value.strip();
    if (text.length() <= 32 && DECIMAL.matcher(text).matches()) {
      double number = Double.parseDouble(text);
      if (number >= min && number <= max) {
        return number;
      }
    }
    throw invalid(name + " must be a number from " + min + " to " + max + ": " + value);
  }

  /** A district path prefix such as {@code SH/PD}, or null when absent. */
  public static String district(String name, String value) {
    if (absent(value)) {
      return null;
    }
    if (!DistrictPath.isPrefix(value)) {
      throw invalid(name + " must be a district path prefix such as SH/PD: " + value);
    }
    return value;
  }

  /** An ISO-8601 instant such as {@code 2026-11-22T10:00:00Z}, or the default when absent. */
  public static Instant instant(String name, String value, Instant fallback) {
    if (absent(value)) {
      return fallback;
    }
    Instant instant;
    try {
      instant = Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw invalid(name + " must be an ISO-8601 instant such as 2026-11-22T10:00:00Z: " + value);
    }
    if (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
      throw outOfRange(name, value);
    }
    return instant;
  }

  /** An ISO-8601 calendar date such as {@code 2026-11-22}, or the default when absent. */
  public static LocalDate date(String name, String value, LocalDate fallback) {
    if (absent(value)) {
      return fallback;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw invalid(name + " must be a date such as 2026-11-22 (YYYY-MM-DD): " + value);
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw outOfRange(name, value);
    }
    return date;
  }

  /** The text, stripped, or null when absent. */
  public static String text(String value) {
    return absent(value) ? null : value.strip();
  }

  /** One of the allowed words, or the default when absent. */
  public static String oneOf(String name, String value, List<String> allowed, String fallback) {
    if (absent(value)) {
      return fallback;
    }
    if (!allowed.contains(value)) {
      throw invalid(name + " must be one of " + String.join(", ", allowed) + ": " + value);
    }
    return value;
  }

  /** A comma-separated list of allowed words; empty when absent. */
  public static List<String> list(String name, String value, List<String> allowed) {
    List<String> values = new ArrayList<>();
    if (absent(value)) {
      return values;
    }
    for (String item : value.split(",", -1)) {
      String word = item.strip();
      if (!allowed.contains(word)) {
        throw invalid(name + " must list words of " + String.join(", ", allowed) + ": " + value);
      }
      if (!values.contains(word)) {
        values.add(word);
      }
    }
    return values;
  }

  private static CodedException outOfRange(String name, String value) {
    return invalid(
        name + " must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR + " (UTC): " + value);
  }

  /** The error of a malformed parameter. */
  public static CodedException invalid(String message) {
    return new CodedException(ErrorCode.INVALID_INPUT, message);
  }
}
