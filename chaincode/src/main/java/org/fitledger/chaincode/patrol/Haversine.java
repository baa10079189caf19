package org.fitledger.chaincode.patrol;

/**
 * The great-circle distance between two positions, computed with {@link StrictMath} so that every
 * peer gets the same bits.
 *
 * <pre>{@code
 * double meters = Haversine.distanceMeters(31.2304, 121.4737, 31.2310, 121.4740);
 * }</pre>
 */
final class Haversine {
  /** The mean earth radius in meters (IUGG). */
  public static final double EARTH_RADIUS_METERS = 6371008.8;

  private Haversine() {}

  /** The distance in meters, rounded to 0.1 m. */
  public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = StrictMath.toRadians(lat1);
    double phi2 = StrictMath.toRadians(lat2);
    double sinHalfPhi = StrictMath.sin(StrictMath.toRadians(lat2 - lat1) / 2);
    double sinHalfLambda = StrictMath.sin(StrictMath.toRadians(lon2 - lon1) / 2);
    double a =
        sinHalfPhi * sinHalfPhi
            + StrictMath.cos(phi1) * StrictMath.cos(phi2) * sinHalfLambda * sinHalfLambda;
    double c = 2 * StrictMath.atan2(StrictMath.sqrt(a), StrictMath.sqrt(1 - a));
    return StrictMath.round(EARTH_RADIUS_METERS * c * 10) / 10.0;
  }
}
