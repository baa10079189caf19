package org.fitledger.gateway.audit;

/** Shares of a whole, undefined (null) for an empty whole: {@code Ratios.share(9, 10)} is 0.9. */
final class Ratios {
  private Ratios() {}

  /** {@code part / whole}, or null when {@code whole} is 0. */
  static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
