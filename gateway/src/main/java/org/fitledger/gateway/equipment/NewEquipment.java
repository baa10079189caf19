package org.fitledger.gateway.equipment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;
import org.fitledger.gateway.web.Formats;

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
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description =
                "days between inspections, 1..3650, for ROUTINE, FUNCTIONAL and STRUCTURAL")
        Map<String, Integer> inspectionIntervals) {

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
}
