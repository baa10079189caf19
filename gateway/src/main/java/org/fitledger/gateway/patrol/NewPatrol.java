package org.fitledger.gateway.patrol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/patrols}, passed to {@code recordPatrol} as JSON.
 *
 * @param id the client-chosen id (a UUID from the phone) that makes a retry idempotent
 * @param inspections 1..50 inspections, at most one per piece of equipment
 */
record NewPatrol(String id, List<Inspection> inspections) {

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
      String equipmentId,
      String level,
      String condition,
      Map<String, String> checklist,
      String notes,
      List<String> photoHashes,
      Gps gps,
      String observedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) Defect defect) {

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
  record Gps(BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyMeters) {}

  /**
   * A defect found.
   *
   * @param severity {@code CRITICAL}, {@code MAJOR} or {@code MINOR}
   * @param category {@code STRUCTURAL}, {@code MECHANICAL}, {@code SURFACE}, {@code SIGNAGE},
   *     {@code MISSING_PART} or {@code OTHER}
   * @param description 1..1000 characters
   */
  record Defect(String severity, String category, String description) {}
}
