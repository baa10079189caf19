package org.fitledger.model.report;

/** Where a report stands: awaiting triage, or the triage's outcome. */
public enum ReportState {
  REPORTED,
  CONFIRMED,
  MERGED,
  REJECTED
}
