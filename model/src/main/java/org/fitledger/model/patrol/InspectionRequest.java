package org.fitledger.model.patrol;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.fitledger.model.ticket.Defect;
import org.fitledger.model.ticket.TicketRequest;
import org.fitledger.model.validation.Validation;

/**
 * One inspection of a patrol as the phone sends it.
 *
 * @param equipmentId the inspected equipment
 * @param level ROUTINE, FUNCTIONAL or STRUCTURAL
 * @param condition OK, DEFECT, MISSING or NOT_ACCESSIBLE
 * @param checklist 0..40 items named {@code [A-Za-z0-9 _.-]{1,40}}, each PASS, FAIL or NA
 * @param notes 0..1000 characters
 * @param photoHashes 0..10 lowercase hex SHA-256 hashes
 * @param gps the device's fix
 * @param observedAt the device's clock, ISO-8601, kept as sent
 * @param defect required iff condition is DEFECT
 */
public record InspectionRequest(
    String equipmentId,
    String level,
    String condition,
    Map<String, String> checklist,
    String notes,
    List<String> photoHashes,
    Gps gps,
    String observedAt,
    DefectRequest defect) {
  private static final Pattern ITEM = Pattern.compile("[A-Za-z0-9 _.-]{1,40}");
  private static final int MAX_ITEMS = 40;

  /**
   * The defect of a DEFECT inspection.
   *
   * @param severity CRITICAL, MAJOR or MINOR
   * @param category STRUCTURAL, MECHANICAL, SURFACE, SIGNAGE, MISSING_PART or OTHER
   * @param description 1..1000 characters
   */
  public record DefectRequest(String severity, String category, String description) {}

  /** The observation checked; {@code field} names it in a refusal. */
  public Observation validated(String field) {
    Condition found = Validation.oneOf(field + ".condition", condition, Condition.class);
    if ((found == Condition.DEFECT) != (defect != null)) {
      throw Validation.invalid(field + ".defect is required iff condition is DEFECT");
    }
    Defect reported =
        defect == null
            ? null
            : TicketRequest.defect(
                defect.severity(), defect.category(), defect.description(), field + ".defect.");
    return new Observation(
        Validation.id(field + ".equipmentId", equipmentId),
        Validation.oneOf(field + ".level", level, Level.class),
        found,
        checklist(field + ".checklist"),
        Validation.optionalText(field + ".notes", notes, 1000),
        Validation.hashes(field + ".photoHashes", photoHashes, 0, 10),
        Validation.required(field + ".gps", gps).validated(field + ".gps"),
        Validation.instant(field + ".observedAt", observedAt),
        reported);
  }

  // Sorted, so that the stored checklist does not depend on the order the phone sent.
  private TreeMap<String, ChecklistAnswer> checklist(String field) {
    Map<String, String> items = checklist == null ? Map.of() : checklist;
    if (items.size() > MAX_ITEMS) {
      throw Validation.invalid(field + " must have at most " + MAX_ITEMS + " items");
    }
    TreeMap<String, ChecklistAnswer> sorted = new TreeMap<>();
    items.forEach(
        (item, answer) -> {
          if (!ITEM.matcher(item).matches()) {
            throw Validation.invalid(field + " item names must match " + ITEM.pattern());
          }
          sorted.put(item, Validation.oneOf(field + "." + item, answer, ChecklistAnswer.class));
        });
    return sorted;
  }
}
