package org.fitledger.model.patrol;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fitledger.model.format.Formats;
import org.fitledger.model.validation.Validation;

/**
 * What an inspector's phone sends to record a patrol: {@code {"id":"5b0c...","inspections":[...]}}.
 *
 * @param id the client-chosen patrol id (a UUID from the phone) that makes retries idempotent
 * @param inspections 1..50 inspections, at most one per piece of equipment
 * @param capture the phone's signature of the patrol when it was captured, or null when the patrol
 *     was not signed at capture
 */
@Schema(name = "NewPatrol")
public record PatrolRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String id,
    @ArraySchema(
            minItems = 1,
            maxItems = MAX_INSPECTIONS,
            arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<InspectionRequest> inspections,
    @JsonInclude(JsonInclude.Include.NON_NULL) Capture capture) {
  /** The most inspections one patrol holds. */
  public static final int MAX_INSPECTIONS = 50;

  /** A patrol not signed at capture. */
  public PatrolRequest(String id, List<InspectionRequest> inspections) {
    this(id, inspections, null);
  }

  /** The observations, each checked, or {@code INVALID_INPUT} naming the first bad field. */
  public List<Observation> validated() {
    Validation.id("id", id);
    if (capture != null) {
      capture.validated("capture");
    }
    List<InspectionRequest> requests =
        Validation.size("inspections", inspections, 1, MAX_INSPECTIONS);
    List<Observation> observations = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < requests.size(); i++) {
      Observation observation = requests.get(i).validated("inspections[" + i + "]");
      if (!seen.add(observation.equipmentId())) {
        throw Validation.invalid(
            "equipment " + observation.equipmentId() + " appears more than once in the patrol");
      }
      observations.add(observation);
    }
    return observations;
  }
}
