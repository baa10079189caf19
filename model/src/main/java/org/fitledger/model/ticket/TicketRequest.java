package org.fitledger.model.ticket;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fitledger.model.format.Formats;
import org.fitledger.model.validation.Validation;

/**
 * What a supervisor sends to open a ticket: {@code
 * {"id":"T-1","equipmentId":"EQ-1","severity":"MAJOR","category":"MECHANICAL","description":"..."}}.
 *
 * @param id the ticket id
 * @param equipmentId the faulty equipment
 * @param severity CRITICAL, MAJOR or MINOR
 * @param category STRUCTURAL, MECHANICAL, SURFACE, SIGNAGE, MISSING_PART or OTHER
 * @param description 1..1000 characters
 */
@Schema(name = "NewTicket")
public record TicketRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.TICKET_ID) String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String equipmentId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Severity.class)
        String severity,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Category.class)
        String category,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            minLength = 1,
            maxLength = StepRequests.MAX_TEXT)
        String description) {

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  public TicketRequest validated() {
    defect();
    return new TicketRequest(
        Validation.ticketId("id", id),
        Validation.id("equipmentId", equipmentId),
        severity,
        category,
        description);
  }

  /** The defect the request describes. */
  public Defect defect() {
    return defect(severity, category, description, "");
  }

  /** Checks and builds a defect; {@code prefix} names the enclosing field in messages. */
  public static Defect defect(String severity, String category, String description, String prefix) {
    return new Defect(
        Validation.oneOf(prefix + "severity", severity, Severity.class),
        Validation.oneOf(prefix + "category", category, Category.class),
        Validation.text(prefix + "description", description, StepRequests.MAX_TEXT));
  }
}
