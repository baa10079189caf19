package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What opened a ticket other than a supervisor: an inspection, {@code
 * {"patrolId":"P-1","inspection":0}}, a triaged report, {@code {"reportId":"R-1"}}, or a machine's
 * reading of a fault, {@code {"readingId":"dev-EQ-1-42"}}.
 *
 * @param patrolId the patrol, or {@code null}
 * @param inspection the index of the inspection within the patrol, from 0, or {@code null}
 * @param reportId the report, or {@code null}
 * @param readingId the reading, or {@code null}
 */
@JsonPropertyOrder({"patrolId", "inspection", "reportId", "readingId"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String patrolId, Integer inspection, String reportId, String readingId) {

  /** The inspection {@code inspection} of patrol {@code patrolId}. */
  public static Source inspection(String patrolId, int inspection) {
    return new Source(patrolId, inspection, null, null);
  }

  /** The report {@code reportId}. */
  public static Source report(String reportId) {
    return new Source(null, null, reportId, null);
  }

  /** The reading {@code readingId}. */
  public static Source reading(String readingId) {
    return new Source(null, null, null, readingId);
  }
}
