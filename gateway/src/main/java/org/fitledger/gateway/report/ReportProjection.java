package org.fitledger.gateway.report;

import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.EvidenceRows;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.model.report.Report;
import org.fitledger.model.report.Triage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes each {@code report} record, read as the model's {@link Report}, into {@code reports} and
 * its photos into {@code evidence}. The row says whether the report has a contact; the contact
 * itself is in no record.
 */
@Component
class ReportProjection implements RecordProjection {
  private final JdbcClient jdbc;

  ReportProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "report";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    Report report = RecordJson.decode(record, Report.class);
    Optional<Triage> triage = Optional.ofNullable(report.triage());
    jdbc.sql(
            "insert into reports (id, channel, equipment_id, district_path, site, category,"
                + " description, urgent, has_contact, state, ticket_id, reason, triaged_by,"
                + " triaged_ts, received_by, received_ts, tx_id, block_number, record)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?,"
                + " ?::timestamptz, ?, ?, ?::json)"
                + " on conflict (id) do update set state = excluded.state,"
                + " ticket_id = excluded.ticket_id, reason = excluded.reason,"
                + " triaged_by = excluded.triaged_by, triaged_ts = excluded.triaged_ts,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number,"
                + " record = excluded.record")
        .params(
            report.id(),
            report.channel().name(),
            report.equipmentId(),
            report.districtPath(),
            report.site(),
            report.category().name(),
            report.description(),
            report.urgent(),
            report.contactHash() != null,
            report.state().name(),
            triage.map(Triage::ticketId).orElse(null),
            triage.map(Triage::reason).orElse(null),
            triage.map(Triage::by).orElse(null),
            triage.map(Triage::at).orElse(null),
            report.receivedBy(),
            report.receivedAt(),
            report.txId(),
            event.blockNumber(),
            RecordJson.write(record))
        .update();
    EvidenceRows.write(jdbc, EvidenceRows.Kind.REPORT, report.id(), List.of(report.photos()));
  }
}
