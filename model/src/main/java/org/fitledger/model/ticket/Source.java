package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What opened a ticket other than a supervisor: an inspection, {@code
 * {"patrolId":"P-1","inspection":0}}, or a triaged report, {@code {"reportId":"R-1"}}.
 *
 * @param patrolId the patrol, or {@code null}
 * @param inspection the index of the inspection within the patrol, from 0, or {@code null}
 * @param reportId the report, or {@code null}
 */
@JsonPropertyOrder({"patrolId", "inspection", "reportId"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String patrolId, Integer inspection, String reportId) {

  /** The inspection {@code inspection} of patrol {@code patrolId}. */
  public static Source inspection(String patrolId, int inspection) {
    return new Source(patrolId, inspection, null);
  }

  /** The report {@code reportId}. */
  public static Source report(String reportId) {
    return new Source(null, null, reportId);
  }
}
