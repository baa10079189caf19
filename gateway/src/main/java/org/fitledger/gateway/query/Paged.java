package org.fitledger.gateway.query;

import java.util.List;

/**
 * One page of a list: {@code {"items":[...],"page":0,"size":50,"total":123}}, where {@code total}
 * counts every row the person may see, on all pages.
 *
 * @param items this page's rows
 * @param page the page number, from 0
 * @param size the rows per page asked for
 * @param total the rows on all pages
 * @param <T> the row type
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

  /** Copies the items. */
  public Paged {
    items = List.copyOf(items);
  }

  /** The page of these items. */
  public static <T> Paged<T> of(List<T> items, PageRequest request, long total) {
    return new Paged<>(items, request.page(), request.size(), total);
  }
}
