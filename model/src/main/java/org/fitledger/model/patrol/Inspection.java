package org.fitledger.model.patrol;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fitledger.model.ticket.Defect;

/**
 * One stored inspection: what was observed, plus the location check against the registered
 * position.
 *
 * @param equipmentId the inspected equipment
 * @param level how thorough
 * @param condition what was found
 * @param checklist the answers, sorted by item
 * @param notes the notes, possibly empty
 * @param photoHashes the photos' hashes
 * @param gps the device's fix
 * @param observedAt the device's clock, as sent
 * @param defect the defect, or {@code null}
 * @param distanceMeters haversine distance from the registered position, to 0.1 m
 * @param withinTolerance whether the distance is within the location tolerance
 */
@JsonPropertyOrder({
  "equipmentId",
  "level",
  "condition",
  "checklist",
  "notes",
  "photoHashes",
  "gps",
  "observedAt",
  "defect",
  "distanceMeters",
  "withinTolerance"
})
public record Inspection(
    String equipmentId,
    Level level,
    Condition condition,
    Map<String, ChecklistAnswer> checklist,
    String notes,
    List<String> photoHashes,
    Gps gps,
    String observedAt,
    Defect defect,
    double distanceMeters,
    boolean withinTolerance) {

  /** Copies the collections, keeping the checklist sorted. */
  public Inspection {
    checklist =
        Collections.unmodifiableSortedMap(
            checklist == null ? new TreeMap<>() : new TreeMap<>(checklist));
    photoHashes = photoHashes == null ? List.of() : List.copyOf(photoHashes);
  }
}
