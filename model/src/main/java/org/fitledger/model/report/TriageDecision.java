package org.fitledger.model.report;

/** What the triaging inspector decided about a report. */
public enum TriageDecision {
  /** A real fault: a ticket is opened for it, under the same rules as any other. */
  CONFIRM(ReportState.CONFIRMED),
  /** A fault an open ticket of the same machine already covers. */
  MERGE(ReportState.MERGED),
  /** Not a fault, with a reason the reporter sees. */
  REJECT(ReportState.REJECTED);

  private final ReportState state;

  TriageDecision(ReportState state) {
    this.state = state;
  }

  /** The report's state after this decision. */
  public ReportState state() {
    return state;
  }
}
