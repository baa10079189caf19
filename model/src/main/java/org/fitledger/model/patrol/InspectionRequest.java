package org.fitledger.model.patrol;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ticket.Category;
import org.fitledger.model.ticket.Defect;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.StepRequests;
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
@Schema(name = "Inspection")
public record InspectionRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String equipmentId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Level.class) String level,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Condition.class)
        String condition,
    @Schema(description = "item name to PASS, FAIL or NA") Map<String, String> checklist,
    @Schema(maxLength = StepRequests.MAX_TEXT) String notes,
    @ArraySchema(maxItems = MAX_PHOTOS, schema = @Schema(pattern = Formats.SHA256))
        List<String> photoHashes,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Gps gps,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String observedAt,
    @Schema(description = "required if and only if the condition is DEFECT")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        DefectRequest defect) {
  /** Absent checklist, notes and photos are empty ones. */
  public InspectionRequest {
    checklist = checklist == null ? Map.of() : checklist;
    notes = notes == null ? "" : notes;
    photoHashes = photoHashes == null ? List.of() : photoHashes;
  }

  private static final Pattern ITEM = Pattern.compile("[A-Za-z0-9 _.-]{1,40}");
  private static final int MAX_ITEMS = 40;
  private static final int MAX_PHOTOS = 10;

  /**
   * The defect of a DEFECT inspection.
   *
   * @param severity CRITICAL, MAJOR or MINOR
   * @param category STRUCTURAL, MECHANICAL, SURFACE, SIGNAGE, MISSING_PART or OTHER
   * @param description 1..1000 characters
   */
  @Schema(name = "Defect")
  public record DefectRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Severity.class)
          String severity,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Category.class)
          String category,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              minLength = 1,
              maxLength = StepRequests.MAX_TEXT)
          String description) {}

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
        Validation.optionalText(field + ".notes", notes, StepRequests.MAX_TEXT),
        Validation.hashes(field + ".photoHashes", photoHashes, 0, MAX_PHOTOS),
        Validation.required(field + ".gps", gps).validated(field + ".gps"),
        Validation.instant(field + ".observedAt", observedAt),
        reported);
  }

  // Sorted, so that the stored checklist does not depend on the order the phone sent.
  private TreeMap<String, ChecklistAnswer> checklist(String field) {
    if (checklist.size() > MAX_ITEMS) {
      throw Validation.invalid(field + " must have at most " + MAX_ITEMS + " items");
    }
    TreeMap<String, ChecklistAnswer> sorted = new TreeMap<>();
    checklist.forEach(
        (item, answer) -> {
          if (!ITEM.matcher(item).matches()) {
            throw Validation.invalid(field + " item names must match " + ITEM.pattern());
          }
          sorted.put(item, Validation.oneOf(field + "." + item, answer, ChecklistAnswer.class));
        });
    return sorted;
  }
}
