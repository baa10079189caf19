package org.fitledger.model.equipment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fitledger.model.validation.Validation;

/**
 * How often each inspection level is due, in days: {@code
 * {"ROUTINE":7,"FUNCTIONAL":30,"STRUCTURAL":365}}.
 *
 * @param routine days between routine inspections
 * @param functional days between functional inspections
 * @param structural days between structural inspections
 */
@JsonPropertyOrder({"ROUTINE", "FUNCTIONAL", "STRUCTURAL"})
public record InspectionIntervals(
    @JsonProperty("ROUTINE") Integer routine,
    @JsonProperty("FUNCTIONAL") Integer functional,
    @JsonProperty("STRUCTURAL") Integer structural) {
  /** The longest interval, ten years. */
  public static final int MAX_DAYS = 3650;

  /** The intervals checked, each 1..3650 days. */
  public InspectionIntervals validated() {
    return new InspectionIntervals(
        Validation.range("inspectionIntervals.ROUTINE", routine, 1, MAX_DAYS),
        Validation.range("inspectionIntervals.FUNCTIONAL", functional, 1, MAX_DAYS),
        Validation.range("inspectionIntervals.STRUCTURAL", structural, 1, MAX_DAYS));
  }
}
