package org.fitledger.model.report;

/** Where a report came from. */
public enum ReportChannel {
  /** A resident, through the Open311 interface or the field app's report page. */
  RESIDENT
}
