package org.fitledger.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import org.fitledger.gateway.query.Period;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the reports by source: patrols' defects are the tickets opened from an inspection
 * ({@code tickets.source_patrol_id}) in the period, each confirmed at once; residents' reports are
 * the {@code reports} received in the period, with their triage; devices' faults are the {@code
 * readings} with a fault recorded in the period, each opening a ticket of its own or joining the
 * open one a device opened (merged), at once.
 */
@Component
class ReportSourcesRepository {
  private static final String HOURS =
      "extract(epoch from (r.triaged_ts - r.received_ts))::float8 / 3600";

  private final JdbcClient jdbc;

  ReportSourcesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ReportSourcesRow> bySource(List<String> prefixes, Period period) {
    List<ReportSourcesRow> rows = new ArrayList<>();
    rows.add(patrols(prefixes, period));
    rows.add(residents(prefixes, period));
    rows.add(devices(prefixes, period));
    return rows;
  }

  private ReportSourcesRow patrols(List<String> prefixes, Period period) {
    Where where =
        new Where()
            .and("t.source_patrol_id is not null")
            .and(
                "t.opened_ts >= ?::timestamptz and t.opened_ts < ?::timestamptz",
                period.from().toString(),
                period.to().toString())
            .andWithin("t.district_path", prefixes);
    long found =
        jdbc.sql("select count(*) from tickets t" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    return new ReportSourcesRow(
        "patrol", found, found, found, 0, 0, Ratios.share(found, found), Hours.immediate(found));
  }

  private ReportSourcesRow devices(List<String> prefixes, Period period) {
    Where where =
        new Where()
            .and("d.fault_code is not null")
            .and(
                "d.recorded_ts >= ?::timestamptz and d.recorded_ts < ?::timestamptz",
                period.from().toString(),
                period.to().toString())
            .andWithin("d.district_path", prefixes);
    return jdbc.sql(
            "select count(*) as faults, count(*) filter (where d.ticket_id = d.id) as opened"
                + " from readings d"
                + where.sql())
        .params(where.params())
        .query(
            (rs, n) -> {
              long faults = rs.getLong("faults");
              long opened = rs.getLong("opened");
              return new ReportSourcesRow(
                  "device",
                  faults,
                  faults,
                  opened,
                  faults - opened,
                  0,
                  Ratios.share(opened, faults),
                  Hours.immediate(faults));
            })
        .single();
  }

  private ReportSourcesRow residents(List<String> prefixes, Period period) {
    Where where =
        new Where()
            .and(
                "r.received_ts >= ?::timestamptz and r.received_ts < ?::timestamptz",
                period.from().toString(),
                period.to().toString())
            .andWithin("r.district_path", prefixes);
    return jdbc.sql(
            "select count(*) as reported, count(r.triaged_ts) as triaged,"
                + " count(*) filter (where r.state = 'CONFIRMED') as confirmed,"
                + " count(*) filter (where r.state = 'MERGED') as merged,"
                + " count(*) filter (where r.state = 'REJECTED') as rejected,"
                + " avg("
                + HOURS
                + ") as mean_hours,"
                + " percentile_cont(0.5) within group (order by "
                + HOURS
                + ") as median_hours from reports r"
                + where.sql())
        .params(where.params())
        .query(
            (rs, n) -> {
              long triaged = rs.getLong("triaged");
              long confirmed = rs.getLong("confirmed");
              return new ReportSourcesRow(
                  "resident",
                  rs.getLong("reported"),
                  triaged,
                  confirmed,
                  rs.getLong("merged"),
                  rs.getLong("rejected"),
                  Ratios.share(confirmed, triaged),
                  new Hours(
                      (Double) rs.getObject("mean_hours", Double.class),
                      (Double) rs.getObject("median_hours", Double.class)));
            })
        .single();
  }
}
