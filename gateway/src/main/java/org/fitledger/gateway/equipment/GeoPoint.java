package org.fitledger.gateway.equipment;

import java.util.regex.Pattern;
import org.fitledger.gateway.query.Params;

/**
 * A position in degrees (WGS 84, as a phone's GPS reports it), from a parameter such as {@code
 * near=31.2304,121.4737}.
 *
 * <p>{@code GeoPoint.parse("near", "31.2304,121.4737")} is latitude 31.2304, longitude 121.4737.
 *
 * @param latitude -90..90
 * @param longitude -180..180
 */
record GeoPoint(double latitude, double longitude) {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,12})?");

  /**
   * Reads {@code <latitude>,<longitude>} in decimal degrees.
   *
   * @return null when absent
   * @throws org.fitledger.gateway.error.CodedException {@code INVALID_INPUT} if malformed or out of
   *     range
   */
  static GeoPoint parse(String name, String value) {
    if (Params.absent(value)) {
      return null;
    }
    String[] parts = value.strip().split(",", -1);
    if (parts.length != 2
        || !DECIMAL.matcher(parts[0].strip()).matches()
        || !DECIMAL.matcher(parts[1].strip()).matches()) {
      throw malformed(name, value);
    }
    double latitude = Double.parseDouble(parts[0].strip());
    double longitude = Double.parseDouble(parts[1].strip());
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw malformed(name, value);
    }
    return new GeoPoint(latitude, longitude);
  }

  private static RuntimeException malformed(String name, String value) {
    return Params.invalid(
        name
            + " must be <latitude>,<longitude> in decimal degrees, latitude -90..90 and"
            + " longitude -180..180, such as 31.2304,121.4737: "
            + value);
  }
}
