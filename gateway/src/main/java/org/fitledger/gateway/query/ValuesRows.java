package org.fitledger.gateway.query;

import java.util.Collections;

/**
 * The rows of a multi-row {@code values} list, for statements that write many rows at once.
 *
 * <p>{@code ValuesRows.of(2, "?, ?")} is {@code (?, ?), (?, ?)}.
 */
public final class ValuesRows {
  private ValuesRows() {}

  /** {@code count} rows of {@code template}, each in parentheses, joined by commas. */
  public static String of(int count, String template) {
    return String.join(", ", Collections.nCopies(count, "(" + template + ")"));
  }
}
