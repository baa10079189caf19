package org.fitledger.gateway.patrol;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fitledger.model.format.Formats;

/**
 * The body of {@code POST /api/v1/patrols}, passed to {@code recordPatrol} as JSON.
 *
 * @param id the client-chosen id (a UUID from the phone) that makes a retry idempotent
 * @param inspections 1..50 inspections, at most one per piece of equipment
 */
record NewPatrol(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String id,
    @ArraySchema(
            minItems = 1,
            maxItems = 50,
            arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<Inspection> inspections) {

  /**
   * One piece of equipment inspected.
   *
   * @param equipmentId the equipment
   * @param level {@code ROUTINE}, {@code FUNCTIONAL} or {@code STRUCTURAL}
   * @param condition {@code OK}, {@code DEFECT}, {@code MISSING} or {@code NOT_ACCESSIBLE}
   * @param checklist item name to {@code PASS}, {@code FAIL} or {@code NA}; absent means none
   * @param notes the inspector's notes; absent means empty
   * @param photoHashes lowercase hex SHA-256 of each photo; absent means none
   * @param gps the device's fix
   * @param observedAt the device's clock, ISO-8601
   * @param defect the defect, required iff the condition is {@code DEFECT}
   */
  record Inspection(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String equipmentId,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"ROUTINE", "FUNCTIONAL", "STRUCTURAL"})
          String level,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"OK", "DEFECT", "MISSING", "NOT_ACCESSIBLE"})
          String condition,
      @Schema(description = "item name to PASS, FAIL or NA") Map<String, String> checklist,
      @Schema(maxLength = 1000) String notes,
      @ArraySchema(maxItems = 10, schema = @Schema(pattern = Formats.SHA256))
          List<String> photoHashes,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Gps gps,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String observedAt,
      @Schema(description = "required if and only if the condition is DEFECT")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          Defect defect) {

    Inspection {
      checklist = checklist == null ? Map.of() : checklist;
      notes = notes == null ? "" : notes;
      photoHashes = photoHashes == null ? List.of() : photoHashes;
    }
  }

  /**
   * A GPS fix.
   *
   * @param latitude degrees, -90..90
   * @param longitude degrees, -180..180
   * @param accuracyMeters 0..10000
   */
  record Gps(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-90", maximum = "90")
          BigDecimal latitude,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-180", maximum = "180")
          BigDecimal longitude,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "10000")
          BigDecimal accuracyMeters) {}

  /**
   * A defect found.
   *
   * @param severity {@code CRITICAL}, {@code MAJOR} or {@code MINOR}
   * @param category {@code STRUCTURAL}, {@code MECHANICAL}, {@code SURFACE}, {@code SIGNAGE},
   *     {@code MISSING_PART} or {@code OTHER}
   * @param description 1..1000 characters
   */
  record Defect(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"CRITICAL", "MAJOR", "MINOR"})
          String severity,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {
                "STRUCTURAL",
                "MECHANICAL",
                "SURFACE",
                "SIGNAGE",
                "MISSING_PART",
                "OTHER"
              })
          String category,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000)
          String description) {}
}
