package org.fitledger.gateway.equipment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.fitledger.model.format.Formats;

/**
 * The body of {@code POST /api/v1/equipment} and {@code PUT /api/v1/equipment/{id}}, passed to
 * {@code registerEquipment} / {@code updateEquipment} as JSON in this field order.
 *
 * @param id the id printed on its QR tag
 * @param type from the catalogue, e.g. {@code pull-up bar}
 * @param make the maker
 * @param model the model
 * @param serial the serial number
 * @param site where it stands, e.g. a park's name
 * @param districtPath {@code city/district/street/community}, e.g. {@code SH/PD/ZJ/C01}
 * @param latitude degrees
 * @param longitude degrees
 * @param installedOn {@code YYYY-MM-DD}
 * @param warrantyUntil {@code YYYY-MM-DD}, or null
 * @param inspectionIntervals days between inspections per level: {@code ROUTINE}, {@code
 *     FUNCTIONAL}, {@code STRUCTURAL}
 */
record NewEquipment(
    @Schema(
            pattern = Formats.ID,
            description = "required to register; to update, absent or the path's id")
        String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 100)
        String type,
    @Schema(maxLength = 100) String make,
    @Schema(maxLength = 100) String model,
    @Schema(maxLength = 100) String serial,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 100)
        String site,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.DISTRICT_PATH)
        String districtPath,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-90", maximum = "90")
        BigDecimal latitude,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-180", maximum = "180")
        BigDecimal longitude,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String installedOn,
    @Schema(
            types = {"string", "null"},
            format = "date",
            description = "not before installedOn; null without a warranty")
        String warrantyUntil,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Intervals inspectionIntervals) {

  NewEquipment withId(String pathId) {
    return new NewEquipment(
        id == null ? pathId : id,
        type,
        make,
        model,
        serial,
        site,
        districtPath,
        latitude,
        longitude,
        installedOn,
        warrantyUntil,
        inspectionIntervals);
  }

  /**
   * Days between inspections at each level, 1..3650; the chaincode takes these three and no other.
   * A level left out is left out of the JSON too, for the chaincode to name.
   *
   * @param routine days between ROUTINE inspections
   * @param functional days between FUNCTIONAL inspections
   * @param structural days between STRUCTURAL inspections
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Intervals(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
          @JsonProperty("ROUTINE")
          Integer routine,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
          @JsonProperty("FUNCTIONAL")
          Integer functional,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
          @JsonProperty("STRUCTURAL")
          Integer structural) {}
}
