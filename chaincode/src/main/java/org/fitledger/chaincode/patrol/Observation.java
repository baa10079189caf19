package org.fitledger.chaincode.patrol;

import java.util.List;
import java.util.SortedMap;
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
record Observation(
    String equipmentId,
    Level level,
    Condition condition,
    SortedMap<String, ChecklistAnswer> checklist,
    String notes,
    List<String> photoHashes,
    Gps gps,
    String observedAt,
    Defect defect) {}
