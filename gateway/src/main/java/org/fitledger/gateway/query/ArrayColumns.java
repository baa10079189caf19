package org.fitledger.gateway.query;

import java.util.Collections;
import java.util.List;

/**
 * Rows as one text array per column, for statements that write many rows with {@code unnest}: the
 * statement's text does not depend on the number of rows, so PostgreSQL plans it once, and a
 * statement takes any number of rows.
 *
 * <p>{@code ArrayColumns.of(List.of(new String[] {"a", "1"}, new String[] {"b", "2"}))} is {@code
 * [["a", "b"], ["1", "2"]]}, for {@code select * from unnest(?::text[], ?::text[])}.
 */
public final class ArrayColumns {
  private ArrayColumns() {}

  /**
   * The columns of {@code rows}, each row as wide as the first.
   *
   * @return one {@code String[]} per column, as statement parameters
   */
  public static Object[] of(List<String[]> rows) {
    int width = rows.isEmpty() ? 0 : rows.get(0).length;
    Object[] columns = new Object[width];
    for (int c = 0; c < width; c++) {
      String[] column = new String[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        column[r] = rows.get(r)[c];
      }
      columns[c] = column;
    }
    return columns;
  }

  /** {@code count} text-array parameters for {@code unnest}: {@code ?::text[], ?::text[]}. */
  public static String parameters(int count) {
    return String.join(", ", Collections.nCopies(count, "?::text[]"));
  }
}
