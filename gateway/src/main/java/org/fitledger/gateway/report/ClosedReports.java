package org.fitledger.gateway.report;

/**
 * When a report closed, in SQL over {@code reports r left join tickets t on t.id = r.ticket_id}: at
 * its rejection, or at the last step of its ticket once that is CLOSED or CANCELLED; null while it
 * is open. Its reporter sees it closed from then on, and its contact is purged a retention period
 * later.
 */
public final class ClosedReports {
  /** The SQL expression of the closing time. */
  public static final String CLOSED_TS =
      "case when r.state = 'REJECTED' then r.triaged_ts"
          + " when t.state in ('CLOSED', 'CANCELLED')"
          + " then (t.record -> 'steps' -> -1 ->> 'at')::timestamptz end";

  private ClosedReports() {}
}
