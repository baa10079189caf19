package org.fitledger.gateway.query;

/**
 * Great-circle distances in SQL: haversine on the mean earth radius, as the chaincode computes an
 * inspection's distance.
 *
 * <p>{@code GreatCircle.meters("e.latitude", "e.longitude", "p.lat", "p.lon")} is an SQL expression
 * in metres.
 */
public final class GreatCircle {
  private static final double EARTH_RADIUS_METERS = 6371008.8;

  private GreatCircle() {}

  /** The SQL expression of the distance in metres between two positions given as SQL. */
  public static String meters(String lat1, String lon1, String lat2, String lon2) {
    return "2 * "
        + EARTH_RADIUS_METERS
        + " * asin(least(1, sqrt(power(sin(radians("
        + lat1
        + " - "
        + lat2
        + ") / 2), 2) + cos(radians("
        + lat2
        + ")) * cos(radians("
        + lat1
        + ")) * power(sin(radians("
        + lon1
        + " - "
        + lon2
        + ") / 2), 2))))";
  }
}
