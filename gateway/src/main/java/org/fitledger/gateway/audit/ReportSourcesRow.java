package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The faults reported from one source in a period: by patrols (defects an inspection found, each a
 * ticket at once), by residents (reports, each triaged by an inspector), by devices (none yet).
 *
 * @param source {@code patrol}, {@code resident} or {@code device}
 * @param reported how many were reported
 * @param triaged how many were triaged (a patrol's defect is its own triage)
 * @param confirmed how many became a ticket of their own
 * @param merged how many joined an open ticket of the same machine
 * @param rejected how many were rejected
 * @param confirmedShare confirmed over triaged, or null with none triaged
 * @param triageHours hours from report to triage over the triaged ones
 */
public record ReportSourcesRow(
    String source,
    long reported,
    long triaged,
    long confirmed,
    long merged,
    long rejected,
    @Schema(types = {"number", "null"}) Double confirmedShare,
    Hours triageHours) {

  static final CsvColumns<ReportSourcesRow> CSV =
      new CsvColumns<ReportSourcesRow>()
          .add("source", ReportSourcesRow::source)
          .add("reported", ReportSourcesRow::reported)
          .add("triaged", ReportSourcesRow::triaged)
          .add("confirmed", ReportSourcesRow::confirmed)
          .add("merged", ReportSourcesRow::merged)
          .add("rejected", ReportSourcesRow::rejected)
          .add("confirmed_share", ReportSourcesRow::confirmedShare)
          .add("triage_hours_mean", r -> r.triageHours().mean())
          .add("triage_hours_median", r -> r.triageHours().median());
}
