package org.fitledger.gateway.place;

/**
 * A position in degrees, WGS 84.
 *
 * @param longitude -180..180
 * @param latitude -90..90
 */
record LonLat(double longitude, double latitude) {
  /** As GeoJSON writes a position: {@code [longitude, latitude]}, rounded to about 1 cm. */
  double[] geoJson() {
    return new double[] {round(longitude), round(latitude)};
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }
}
