package org.fitledger.model.patrol;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.fitledger.model.ticket.Defect;

/**
 * A checked inspection, before the location check: exactly what the inspector observed.
 *
 * @param equipmentId the inspected equipment
 * @param level how thorough
 * @param condition what was found
 * @param checklist the answers, sorted by item
 * @param notes the notes, possibly empty
 * @param photoHashes the photos' hashes
 * @param gps the device's fix
 * @param observedAt the device's clock
 * @param defect the defect, for DEFECT only
 */
public record Observation(
    String equipmentId,
    Level level,
    Condition condition,
    SortedMap<String, ChecklistAnswer> checklist,
    String notes,
    List<String> photoHashes,
    Gps gps,
    String observedAt,
    Defect defect) {

  /** The observation an inspection recorded. */
  public static Observation of(Inspection inspection) {
    return new Observation(
        inspection.equipmentId(),
        inspection.level(),
        inspection.condition(),
        new TreeMap<>(inspection.checklist()),
        inspection.notes(),
        inspection.photoHashes(),
        inspection.gps(),
        inspection.observedAt(),
        inspection.defect());
  }

  /** The inspection of this observation, made {@code distanceMeters} from the equipment. */
  public Inspection inspected(double distanceMeters, int toleranceMeters) {
    return new Inspection(
        equipmentId,
        level,
        condition,
        checklist,
        notes,
        photoHashes,
        gps,
        observedAt,
        defect,
        distanceMeters,
        distanceMeters <= toleranceMeters);
  }
}
