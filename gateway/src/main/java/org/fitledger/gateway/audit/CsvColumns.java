package org.fitledger.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The CSV columns of a row type: a header row of the names, then one record per row.
 *
 * <p>{@code new CsvColumns<Row>().add("district", Row::district).write(rows)}
 *
 * @param <T> the row type
 */
final class CsvColumns<T> {
  private final List<String> names = new ArrayList<>();
  private final List<Function<T, ?>> values = new ArrayList<>();

  /** Adds a column. */
  CsvColumns<T> add(String name, Function<T, ?> value) {
    names.add(name);
    values.add(value);
    return this;
  }

  /** The header and the rows, as CSV text. */
  String write(List<T> rows) {
    CsvWriter csv = new CsvWriter().row(names);
    for (T row : rows) {
      csv.row(values.stream().map(v -> (Object) v.apply(row)).toList());
    }
    return csv.text();
  }
}
