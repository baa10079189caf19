package org.fitledger.model.patrol;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import org.fitledger.model.validation.Validation;

/**
 * A GPS fix as the device reported it: {@code
 * {"latitude":31.2,"longitude":121.5,"accuracyMeters":8}}.
 *
 * @param latitude degrees, -90..90
 * @param longitude degrees, -180..180
 * @param accuracyMeters the device's accuracy estimate, 0..10000
 */
@JsonPropertyOrder({"latitude", "longitude", "accuracyMeters"})
public record Gps(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-90", maximum = "90")
        Double latitude,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-180", maximum = "180")
        Double longitude,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "10000")
        Double accuracyMeters) {

  /** The position checked: latitude, longitude and accuracy within their ranges. */
  public Gps validated(String field) {
    return new Gps(
        Validation.range(field + ".latitude", latitude, -90, 90),
        Validation.range(field + ".longitude", longitude, -180, 180),
        Validation.range(field + ".accuracyMeters", accuracyMeters, 0, 10_000));
  }
}
