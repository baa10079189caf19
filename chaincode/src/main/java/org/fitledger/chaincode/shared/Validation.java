package org.fitledger.chaincode.shared;

import java.util.regex.Pattern;

/**
 * The input rules shared by all records. Each method returns the checked value or throws {@link
 * LedgerException} with {@link ErrorCode#INVALID_INPUT}.
 *
 * <pre>{@code
 * String id = Validation.id("id", request.id());
 * }</pre>
 */
public final class Validation {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private Validation() {}

  /** An identifier: a letter or digit, then up to 63 of letters, digits and {@code . _ : -}. */
  public static String id(String field, String value) {
    if (!ID.matcher(required(field, value)).matches()) {
      throw invalid(field + " must match " + ID.pattern());
    }
    return value;
  }

  /** Required text of {@code 1..maxLength} characters that is not only whitespace. */
  public static String text(String field, String value, int maxLength) {
    if (required(field, value).isBlank()) {
      throw invalid(field + " must not be blank");
    }
    return atMost(field, value, maxLength);
  }

  /** Optional text of at most {@code maxLength} characters; absent becomes empty. */
  public static String optionalText(String field, String value, int maxLength) {
    return value == null ? "" : atMost(field, value, maxLength);
  }

  /** Builds the exception for any other broken input rule. */
  public static LedgerException invalid(String text) {
    return new LedgerException(ErrorCode.INVALID_INPUT, text);
  }

  private static String required(String field, String value) {
    if (value == null) {
      throw invalid(field + " is required");
    }
    return value;
  }

  private static String atMost(String field, String value, int maxLength) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw invalid(field + " must be at most " + maxLength + " characters");
    }
    return value;
  }
}
