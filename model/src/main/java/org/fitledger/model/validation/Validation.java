package org.fitledger.model.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.format.Formats;
import org.fitledger.model.text.FreeText;

/**
 * The input rules shared by all records. Each method returns the checked value or throws {@link
 * Refusal} with {@link ErrorCode#INVALID_INPUT}.
 *
 * <pre>{@code
 * String id = Validation.id("id", request.id());
 * }</pre>
 */
public final class Validation {
  private static final Pattern ID = Pattern.compile(Formats.ID);
  // A ticket opened by a patrol is "<patrolId>-<index>", so it may be longer than other ids.
  private static final Pattern TICKET_ID = Pattern.compile(Formats.TICKET_ID);
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern SHA256 = Pattern.compile(Formats.SHA256);
  private static final int MAX_INSTANT = 40;

  private Validation() {}

  /** An identifier: a letter or digit, then up to 63 of letters, digits and {@code . _ : -}. */
  public static String id(String field, String value) {
    return matching(field, value, ID);
  }

  /** A ticket id: like {@link #id} but up to 68 characters. */
  public static String ticketId(String field, String value) {
    return matching(field, value, TICKET_ID);
  }

  /**
   * Required text of {@code 1..maxLength} characters that is not only whitespace and that {@link
   * #carriable every reader can carry}.
   */
  public static String text(String field, String value, int maxLength) {
    if (required(field, value).isBlank()) {
      throw invalid(field + " must not be blank");
    }
    return atMost(field, value, maxLength);
  }

  /**
   * Optional text of at most {@code maxLength} characters that {@link #carriable every reader can
   * carry}; absent becomes empty.
   */
  public static String optionalText(String field, String value, int maxLength) {
    return value == null ? "" : atMost(field, value, maxLength);
  }

  /** A calendar date {@code YYYY-MM-DD}. */
  public static LocalDate date(String field, String value) {
    matching(field, value, DATE);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(field + " is not a valid date: " + value);
    }
  }

  /** An ISO-8601 instant such as {@code 2026-11-21T10:15:30Z}, returned as given. */
  public static String instant(String field, String value) {
    if (required(field, value).length() > MAX_INSTANT) {
      throw invalid(field + " must be an ISO-8601 instant");
    }
    try {
      Instant.parse(value);
      return value;
    } catch (DateTimeParseException e) {
      throw invalid(field + " must be an ISO-8601 instant");
    }
  }

  /** A whole number within {@code min..max}. */
  public static int range(String field, Integer value, int min, int max) {
    if (required(field, value) < min || value > max) {
      throw invalid(field + " must be within " + min + ".." + max);
    }
    return value;
  }

  /** A number within {@code min..max}; NaN is within no bounds. */
  public static double range(String field, Double value, double min, double max) {
    if (!(required(field, value) >= min && value <= max)) {
      throw invalid(field + " must be within " + min + ".." + max);
    }
    return value;
  }

  /** A decimal within {@code min..max}. */
  public static BigDecimal range(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (required(field, value).compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw invalid(field + " must be within " + min.toPlainString() + ".." + max.toPlainString());
    }
    return value;
  }

  /** The constant of {@code type} named {@code value}. */
  public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
    E[] constants = type.getEnumConstants();
    return Arrays.stream(constants)
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .orElseThrow(() -> invalid(field + " must be one of " + Arrays.toString(constants)));
  }

  /** A list of {@code min..max} elements; absent is empty. */
  public static <T> List<T> size(String field, List<T> values, int min, int max) {
    List<T> list = values == null ? List.of() : values;
    if (list.size() < min || list.size() > max) {
      throw invalid(field + " must have " + min + ".." + max + " elements");
    }
    // Not list.contains(null): an immutable list (the absent list's List.of()) throws on null.
    if (list.stream().anyMatch(Objects::isNull)) {
      throw invalid(field + " must not contain null");
    }
    return List.copyOf(list);
  }

  /** {@code min..max} lowercase hex SHA-256 hashes; absent is empty. */
  public static List<String> hashes(String field, List<String> values, int min, int max) {
    List<String> list = size(field, values, min, max);
    if (!list.stream().allMatch(hash -> SHA256.matcher(hash).matches())) {
      throw invalid(field + " must hold lowercase hex SHA-256 hashes");
    }
    return list;
  }

  /** A value that must be present. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw invalid(field + " is required");
    }
    return value;
  }

  /** Builds the exception for any other broken input rule. */
  public static Refusal invalid(String text) {
    return new Refusal(ErrorCode.INVALID_INPUT, text);
  }

  private static String matching(String field, String value, Pattern pattern) {
    if (!pattern.matcher(required(field, value)).matches()) {
      throw invalid(field + " must match " + pattern.pattern());
    }
    return value;
  }

  private static String atMost(String field, String value, int maxLength) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw invalid(field + " must be at most " + maxLength + " characters");
    }
    return carriable(field, value);
  }

  /** Free text that every later reader of a record can carry: {@link FreeText}'s rule. */
  private static String carriable(String field, String value) {
    FreeText.offence(value)
        .ifPresent(
            offence -> {
              throw invalid(offence.describe(field));
            });
    return value;
  }
}
