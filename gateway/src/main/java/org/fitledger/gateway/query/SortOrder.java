package org.fitledger.gateway.query;

import java.util.List;

/**
 * A {@code sort} parameter: one key of a list, ascending, or descending with a leading {@code -}.
 *
 * <p>{@code SortOrder.parse("-repairDeadline", List.of("openedAt", "repairDeadline"), "openedAt")}
 * is {@code repairDeadline} descending.
 *
 * @param key the key
 * @param descending whether descending
 */
public record SortOrder(String key, boolean descending) {

  /**
   * Reads a sort parameter.
   *
   * @param value e.g. {@code -openedAt}; absent means the default, ascending
   * @param keys the keys allowed
   * @param fallback the default key
   */
  public static SortOrder parse(String value, List<String> keys, String fallback) {
    if (Params.absent(value)) {
      return new SortOrder(fallback, false);
    }
    boolean descending = value.startsWith("-");
    String key = descending ? value.substring(1) : value;
    if (!keys.contains(key)) {
      throw Params.invalid(
          "sort must be one of " + String.join(", ", keys) + ", optionally after -: " + value);
    }
    return new SortOrder(key, descending);
  }

  /** {@code asc} or {@code desc}. */
  public String direction() {
    return descending ? "desc" : "asc";
  }
}
