package org.fitledger.gateway.query;

/**
 * Which page of a list to answer: {@code page} from 0, {@code size} 1..500 (default 50).
 *
 * <p>{@code PageRequest.parse("2", "20").offset()} is 40.
 *
 * @param page the page number, from 0
 * @param size the rows per page
 */
public record PageRequest(int page, int size) {
  /** The rows per page when the request names none. */
  public static final int DEFAULT_SIZE = 50;

  /** The most rows a page may hold. */
  public static final int MAX_SIZE = 500;

  /** Checks the bounds. */
  public PageRequest {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw Params.invalid("page must be >= 0 and size 1.." + MAX_SIZE);
    }
  }

  /** The page the parameters name; absent ones take the first page and the default size. */
  public static PageRequest parse(String page, String size) {
    return new PageRequest(
        Params.integer("page", page, 0, Integer.MAX_VALUE, 0),
        Params.integer("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
  }

  /** The rows before this page. */
  public long offset() {
    return (long) page * size;
  }
}
