package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import org.fitledger.model.validation.Validation;

/**
 * A contract's SLA terms per severity.
 *
 * <pre>{@code
 * {"CRITICAL":{"acknowledgeHours":4,"makeSafeHours":24,"repairHours":72},
 *  "MAJOR":{"acknowledgeHours":24,"repairHours":168},"MINOR":{"acknowledgeHours":72,"repairHours":720}}
 * }</pre>
 *
 * @param critical terms for CRITICAL tickets
 * @param major terms for MAJOR tickets
 * @param minor terms for MINOR tickets
 */
@JsonPropertyOrder({"CRITICAL", "MAJOR", "MINOR"})
public record Sla(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "with makeSafeHours")
        @JsonProperty("CRITICAL")
        SlaTerms critical,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("MAJOR") SlaTerms major,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("MINOR") SlaTerms minor) {

  /** The terms for {@code severity}. */
  public SlaTerms terms(Severity severity) {
    switch (severity) {
      case CRITICAL:
        return critical;
      case MAJOR:
        return major;
      default:
        return minor;
    }
  }

  /** The terms, each checked; {@code field} names them in a refusal. */
  public Sla validated(String field) {
    return new Sla(
        Validation.required(field + ".CRITICAL", critical).validated(field + ".CRITICAL", true),
        Validation.required(field + ".MAJOR", major).validated(field + ".MAJOR", false),
        Validation.required(field + ".MINOR", minor).validated(field + ".MINOR", false));
  }
}
