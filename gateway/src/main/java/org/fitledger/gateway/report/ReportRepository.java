package org.fitledger.gateway.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of table {@code reports} and of the gateway's {@code contact_purges}. */
@Component
class ReportRepository {
  private final JdbcClient jdbc;

  ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A report, with its district path for the access check. */
  Optional<IndexedReport> find(String id) {
    return jdbc.sql("select district_path, block_number, record::text from reports where id = ?")
        .param(id)
        .query((rs, n) -> new IndexedReport(view(rs.getString(3), rs.getLong(2)), rs.getString(1)))
        .optional();
  }

  /** One page of the reports in the person's districts, oldest first, in a state if given. */
  Paged<ObjectNode> search(Scope scope, String state, PageRequest page) {
    Where where = new Where().andWithin("r.district_path", scope.districtsRead());
    if (state != null) {
      where.and("r.state = ?", state);
    }
    long total =
        jdbc.sql("select count(*) from reports r" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Object> params = new ArrayList<>(where.params());
    params.add(page.size());
    params.add(page.offset());
    List<ObjectNode> items =
        jdbc.sql(
                "select r.block_number, r.record::text from reports r"
                    + where.sql()
                    + " order by r.received_ts, r.id limit ? offset ?")
            .params(params)
            .query((rs, n) -> view(rs.getString(2), rs.getLong(1)))
            .list();
    return Paged.of(items, page, total);
  }

  /**
   * The reports with a contact not yet purged that closed at least {@code retention} before {@code
   * now}, oldest first.
   */
  List<String> purgeable(Duration retention, Instant now, int limit) {
    return jdbc.sql(
            "select r.id from reports r left join tickets t on t.id = r.ticket_id"
                + " where r.has_contact and not exists"
                + " (select 1 from contact_purges p where p.report_id = r.id)"
                + " and "
                + ClosedReports.CLOSED_TS
                + " <= ?::timestamptz order by r.received_ts, r.id limit ?")
        .params(now.minus(retention).toString(), limit)
        .query(String.class)
        .list();
  }

  /** Remembers that the contact of a report was purged by transaction {@code txId}. */
  void purged(String reportId, String txId, Instant at) {
    jdbc.sql(
            "insert into contact_purges (report_id, tx_id, purged_ts) values (?, ?,"
                + " ?::timestamptz) on conflict (report_id) do nothing")
        .params(reportId, txId, at.toString())
        .update();
  }

  /** The ledger record plus the block that holds it, as the API answers a report. */
  private static ObjectNode view(String record, long blockNumber) {
    ObjectNode view = RecordJson.read(record);
    view.put("blockNumber", blockNumber);
    return view;
  }

  /** A report as the index holds it: the ledger record plus {@code blockNumber}. */
  record IndexedReport(ObjectNode view, String districtPath) {}
}
