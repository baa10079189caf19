package org.fitledger.model.report;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.StepRequests;
import org.fitledger.model.validation.Validation;

/**
 * An inspector's triage of a report: {@code {"decision":"CONFIRM","severity":"MAJOR"}}, {@code
 * {"decision":"MERGE","ticketId":"P-7-0"}} or {@code {"decision":"REJECT","reason":"..."}}.
 *
 * @param decision CONFIRM, MERGE or REJECT
 * @param severity the confirmed fault's severity; CONFIRM only, and required there
 * @param ticketId the open ticket of the same machine to merge into; MERGE only, and required there
 * @param reason why; required for REJECT, optional otherwise
 */
@Schema(name = "Triage")
public record TriageRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = TriageDecision.class)
        String decision,
    @Schema(implementation = Severity.class) String severity,
    @Schema(pattern = Formats.TICKET_ID) String ticketId,
    @Schema(maxLength = StepRequests.MAX_TEXT) String reason) {

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  public TriageRequest validated() {
    TriageDecision checked = outcome();
    if ((checked == TriageDecision.CONFIRM) != (severity != null)) {
      throw Validation.invalid("severity is required to CONFIRM a report, and only there");
    }
    if (checked == TriageDecision.CONFIRM) {
      Validation.oneOf("severity", severity, Severity.class);
    }
    if ((checked == TriageDecision.MERGE) != (ticketId != null)) {
      throw Validation.invalid("ticketId is required to MERGE a report, and only there");
    }
    if (checked == TriageDecision.MERGE) {
      Validation.ticketId("ticketId", ticketId);
    }
    String why =
        checked == TriageDecision.REJECT
            ? Validation.text("reason", reason, StepRequests.MAX_TEXT)
            : Validation.optionalText("reason", reason, StepRequests.MAX_TEXT);
    return new TriageRequest(decision, severity, ticketId, why);
  }

  /** The decision, checked. */
  public TriageDecision outcome() {
    return Validation.oneOf("decision", decision, TriageDecision.class);
  }
}
