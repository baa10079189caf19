package org.fitledger.gateway.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The conditions of a search, joined by {@code and}, with their positional parameters in order.
 *
 * <pre>{@code
 * Where where = new Where().and("t.company = ?", "GREENFIX").andWithin("t.district_path", prefixes);
 * jdbc.sql("select ... from tickets t" + where.sql()).params(where.params())
 * }</pre>
 */
public final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds a condition with one {@code ?} per parameter. */
  public Where and(String condition, Object... values) {
    conditions.add(condition);
    Collections.addAll(params, values);
    return this;
  }

  /**
   * Adds that a district path column lies within one of the prefixes (a prefix covers a path equal
   * to it or below it, segment by segment); with no prefix, nothing matches.
   *
   * @param column e.g. {@code t.district_path}
   * @param prefixes well-formed prefixes such as {@code SH/PD}; their segments hold no LIKE
   *     wildcards
   */
  public Where andWithin(String column, Collection<String> prefixes) {
    if (prefixes.isEmpty()) {
      return and("false");
    }
    List<String> alternatives = new ArrayList<>();
    for (String prefix : prefixes) {
      alternatives.add(column + " = ? or " + column + " like ?");
      params.add(prefix);
      params.add(prefix + "/%");
    }
    conditions.add("(" + String.join(" or ", alternatives) + ")");
    return this;
  }

  /** Adds that a column equals one of the values; with no value, nothing matches. */
  public Where andIn(String column, Collection<?> values) {
    if (values.isEmpty()) {
      return and("false");
    }
    conditions.add(
        column + " in (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
    params.addAll(values);
    return this;
  }

  /** {@code " where a and b"}, or empty without conditions. */
  public String sql() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The conditions joined by {@code and}, or {@code true} without any. */
  public String conditions() {
    return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
  }

  /** The parameters, in the order of their {@code ?}. */
  public List<Object> params() {
    return Collections.unmodifiableList(new ArrayList<>(params));
  }
}
