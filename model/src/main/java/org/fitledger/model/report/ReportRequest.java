package org.fitledger.model.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ticket.Category;
import org.fitledger.model.ticket.StepRequests;
import org.fitledger.model.validation.Validation;

/**
 * What the intake sends to record a resident's report: {@code
 * {"id":"R-1","equipmentId":"EQ-1","category":"MECHANICAL","description":"...","urgent":false,
 * "photos":["<sha256>"],"contactHash":"<sha256>"}}.
 *
 * @param id the report id, made by the intake
 * @param equipmentId the machine reported
 * @param category what kind of fault
 * @param description what the resident wrote, 0..1000 characters
 * @param urgent whether the resident says someone may be hurt
 * @param photos the SHA-256 hashes of 0..{@value #MAX_PHOTOS} photos in the evidence store
 * @param contactHash the salted hash of the reporter's contact, or {@code null} without one
 */
@Schema(name = "NewReport")
public record ReportRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String equipmentId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Category.class)
        String category,
    @Schema(maxLength = StepRequests.MAX_TEXT) String description,
    boolean urgent,
    @Schema(maxLength = MAX_PHOTOS) List<String> photos,
    @Schema(pattern = Formats.SHA256) String contactHash) {
  /** The most photos a report may carry. */
  public static final int MAX_PHOTOS = 3;

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  public ReportRequest validated() {
    Validation.id("id", id);
    Validation.id("equipmentId", equipmentId);
    Validation.oneOf("category", category, Category.class);
    if (contactHash != null) {
      Validation.hashes("contactHash", List.of(contactHash), 1, 1);
    }
    return new ReportRequest(
        id,
        equipmentId,
        category,
        Validation.optionalText("description", description, StepRequests.MAX_TEXT),
        urgent,
        Validation.hashes("photos", photos, 0, MAX_PHOTOS),
        contactHash);
  }
}
