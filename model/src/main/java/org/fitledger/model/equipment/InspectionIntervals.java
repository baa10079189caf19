package org.fitledger.model.equipment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import org.fitledger.model.validation.Validation;

/**
 * How often each inspection level is due, in days: {@code
 * {"ROUTINE":7,"FUNCTIONAL":30,"STRUCTURAL":365}}.
 *
 * @param routine days between routine inspections
 * @param functional days between functional inspections
 * @param structural days between structural inspections
 */
@Schema(name = "Intervals")
@JsonPropertyOrder({"ROUTINE", "FUNCTIONAL", "STRUCTURAL"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionIntervals(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
        @JsonProperty("ROUTINE")
        Integer routine,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
        @JsonProperty("FUNCTIONAL")
        Integer functional,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
        @JsonProperty("STRUCTURAL")
        Integer structural) {
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
