package org.fitledger.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import org.fitledger.gateway.query.Period;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the machines' wear, from {@code readings}. */
@Component
class WearRepository {
  private static final String IN_PERIOD = "d.recorded_ts >= ?::timestamptz";

  private final JdbcClient jdbc;

  WearRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The machines read in the period within the prefixes, most used first, at most {@code max}. */
  List<WearRow> rows(List<String> prefixes, Period period, int max) {
    Where where =
        new Where()
            .and("d.recorded_ts < ?::timestamptz", period.to().toString())
            .andWithin("d.district_path", prefixes);
    List<Object> params = new ArrayList<>();
    String from = period.from().toString();
    params.add(from);
    params.add(from);
    params.add(from);
    params.addAll(where.params());
    params.add(max);
    return jdbc.sql(
            "select equipment_id, district_path, last - coalesce(before, first) as uses, last,"
                + " to_char(last_ts at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') as at"
                + " from (select d.equipment_id, max(d.district_path) as district_path,"
                + " max(d.usage_count) filter (where "
                + IN_PERIOD
                + ") as last, min(d.usage_count) filter (where "
                + IN_PERIOD
                + ") as first, max(d.usage_count) filter (where not "
                + IN_PERIOD
                + ") as before, max(d.recorded_ts) as last_ts from readings d"
                + where.sql()
                + " group by d.equipment_id) m where last is not null"
                + " order by uses desc, equipment_id limit ?")
        .params(params)
        .query(
            (rs, n) ->
                new WearRow(
                    rs.getString("equipment_id"),
                    rs.getString("district_path"),
                    rs.getLong("uses"),
                    rs.getLong("last"),
                    rs.getString("at")))
        .list();
  }
}
