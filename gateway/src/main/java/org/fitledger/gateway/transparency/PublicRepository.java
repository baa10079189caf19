package org.fitledger.gateway.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public view's SQL, over the index. Every row is shaped here as the JSON or CSV field names
 * the public answers use, and none names a person.
 */
@Component
class PublicRepository {
  /** The worst severity of a machine's open tickets, CRITICAL first. */
  private static final String SEVERITY_RANK =
      "case severity when 'CRITICAL' then 3 when 'MAJOR' then 2 when 'MINOR' then 1 else 0 end";

  private static final String OPEN = "state not in ('CLOSED', 'CANCELLED')";

  private final JdbcClient jdbc;

  PublicRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The index's progress: the last block projected and when, for ETag and Last-Modified. */
  record Version(long block, Instant updated) {}

  Version version() {
    return jdbc.sql("select block_number, updated_at from index_checkpoint limit 1")
        .query(
            (rs, n) ->
                new Version(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .optional()
        .orElse(new Version(-1, Instant.EPOCH));
  }

  /** How many machines there are, retired ones included. */
  long machineCount() {
    return jdbc.sql("select count(*) from equipment").query(Long.class).single();
  }

  /**
   * One page of machines by id: where each stands, its state ({@code ok}, {@code fault} while a
   * ticket is open, {@code retired}), its open faults and their worst severity, and its last
   * inspection.
   */
  List<Map<String, Object>> machines(int limit, long offset) {
    return jdbc.sql(
            "select e.id, e.type, e.site, e.district_path, e.latitude, e.longitude, e.retired,"
                + " coalesce(f.open_faults, 0) as open_faults, f.worst,"
                + " greatest(c.routine_ts, c.functional_ts, c.structural_ts) as last_inspected"
                + " from equipment e"
                + " left join equipment_coverage c on c.equipment_id = e.id"
                + " left join (select equipment_id, count(*) as open_faults, max("
                + SEVERITY_RANK
                + ") as worst from tickets where "
                + OPEN
                + " group by equipment_id) f on f.equipment_id = e.id"
                + " order by e.id limit ? offset ?")
        .params(limit, offset)
        .query(
            (rs, n) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("id", rs.getString("id"));
              row.put("type", rs.getString("type"));
              row.put("site", rs.getString("site"));
              row.put("district", rs.getString("district_path"));
              row.put("latitude", number(rs, "latitude"));
              row.put("longitude", number(rs, "longitude"));
              int open = rs.getInt("open_faults");
              row.put("state", rs.getBoolean("retired") ? "retired" : open > 0 ? "fault" : "ok");
              row.put("openFaults", open);
              row.put("worstSeverity", severity(rs.getInt("worst")));
              row.put("lastInspected", instant(rs, "last_inspected"));
              return row;
            })
        .list();
  }

  /** How many tickets there are; only the open ones if {@code open}. */
  long ticketCount(boolean open) {
    return jdbc.sql("select count(*) from tickets" + (open ? " where " + OPEN : ""))
        .query(Long.class)
        .single();
  }

  /**
   * One page of tickets, oldest first; only the open ones if {@code open}: the machine, where,
   * what, the company, the deadlines, and when each stage was first reached.
   */
  List<Map<String, Object>> tickets(boolean open, int limit, long offset) {
    return tickets(open ? " where t." + OPEN : "", " order by t.opened_ts, t.id", limit, offset);
  }

  /** The {@code limit} tickets closed last, the latest first. */
  List<Map<String, Object>> recentlyClosed(int limit) {
    return tickets(
        " where t.state = 'CLOSED'", " order by closed_ts desc nulls last, t.id", limit, 0);
  }

  private List<Map<String, Object>> tickets(String where, String order, int limit, long offset) {
    return jdbc.sql(
            "select t.id, t.equipment_id, t.site, t.district_path, e.latitude, e.longitude,"
                + " t.severity, t.category, t.state, t.company, t.opened_ts, t.acknowledge_due,"
                + " t.make_safe_due, t.repair_due, t.first_acknowledged_ts,"
                + " t.first_repaired_ts, t.next_step, t.next_due,"
                + " (select max(s.at_ts) from ticket_steps s where s.ticket_id = t.id"
                + "  and s.action in ('ACCEPT', 'CANCEL')) as closed_ts,"
                + " t.repair_steps, t.repair_on_time"
                + " from tickets t left join equipment e on e.id = t.equipment_id"
                + where
                + order
                + " limit ? offset ?")
        .params(limit, offset)
        .query(
            (rs, n) -> {
              Map<String, Object> row = ticketFacts(rs);
              row.put("latitude", number(rs, "latitude"));
              row.put("longitude", number(rs, "longitude"));
              row.put("acknowledged", instant(rs, "first_acknowledged_ts"));
              row.put("repaired", instant(rs, "first_repaired_ts"));
              row.put("closed", instant(rs, "closed_ts"));
              row.put("nextStep", rs.getString("next_step"));
              row.put("nextDeadline", instant(rs, "next_due"));
              int repairs = rs.getInt("repair_steps");
              row.put("repairOnTime", repairs == 0 ? null : rs.getInt("repair_on_time") == repairs);
              return row;
            })
        .list();
  }

  /** A ticket's public facts, without its steps, if it exists. */
  Optional<Map<String, Object>> ticket(String id) {
    return jdbc.sql(
            "select t.id, t.equipment_id, e.type, t.site, t.district_path, t.severity,"
                + " t.category, t.state, t.company, t.opened_ts, t.acknowledge_due,"
                + " t.make_safe_due, t.repair_due, t.record -> 'source' ->> 'patrolId' as patrol,"
                + " t.record -> 'source' ->> 'reportId' as report,"
                + " t.record -> 'source' ->> 'readingId' as reading"
                + " from tickets t left join equipment e on e.id = t.equipment_id where t.id = ?")
        .param(id)
        .query(
            (rs, n) -> {
              Map<String, Object> row = ticketFacts(rs);
              row.put("type", rs.getString("type"));
              row.put(
                  "reportedBy",
                  rs.getString("patrol") != null
                      ? "patrol"
                      : rs.getString("report") != null
                          ? "resident"
                          : rs.getString("reading") != null ? "device" : "supervisor");
              return row;
            })
        .optional();
  }

  /** A ticket's steps in order: what was done, by which role of which organization, when. */
  List<Map<String, Object>> steps(String ticketId) {
    return jdbc.sql(
            "select action, by_msp, company, at, on_time, tx_id, block_number"
                + " from ticket_steps where ticket_id = ? order by position")
        .param(ticketId)
        .query(
            (rs, n) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("action", rs.getString("action"));
              row.put("organization", rs.getString("by_msp"));
              row.put("company", rs.getString("company"));
              row.put("at", rs.getString("at"));
              row.put("onTime", (Boolean) rs.getObject("on_time"));
              row.put("txId", rs.getString("tx_id"));
              row.put("block", rs.getLong("block_number"));
              return row;
            })
        .list();
  }

  /**
   * Per month of opening (UTC), from {@code from} on, and per {@code group} ({@code district_path}
   * or {@code company}): tickets opened, tickets repaired, the median hours from opening to the
   * first repair, and the share of repairs confirmed on time.
   */
  List<Map<String, Object>> timeToFix(String group, Instant from) {
    return jdbc.sql(
            "select to_char(date_trunc('month', opened_ts at time zone 'UTC'), 'YYYY-MM') as month,"
                + " "
                + group
                + " as grp, count(*) as opened, count(first_repaired_ts) as repaired,"
                + " percentile_cont(0.5) within group (order by repair_hours) as median_hours,"
                + " sum(repair_on_time) as on_time, sum(repair_steps) as repairs"
                + " from tickets where opened_ts >= ? and "
                + group
                + " is not null group by 1, 2 order by 1, 2")
        .param(OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
        .query(
            (rs, n) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("month", rs.getString("month"));
              row.put(group.equals("company") ? "company" : "district", rs.getString("grp"));
              row.put("opened", rs.getLong("opened"));
              row.put("repaired", rs.getLong("repaired"));
              row.put("medianHoursToRepair", number(rs, "median_hours"));
              long repairs = rs.getLong("repairs");
              row.put(
                  "repairsOnTimeShare",
                  repairs == 0 ? null : rs.getLong("on_time") / (double) repairs);
              return row;
            })
        .list();
  }

  /**
   * What every public view of a ticket shows, from a row with the {@code tickets} columns: the
   * machine, where, what, its state, the company and the deadlines.
   */
  private static Map<String, Object> ticketFacts(ResultSet rs) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", rs.getString("id"));
    row.put("machine", rs.getString("equipment_id"));
    row.put("site", rs.getString("site"));
    row.put("district", rs.getString("district_path"));
    row.put("severity", rs.getString("severity"));
    row.put("category", rs.getString("category"));
    row.put("state", rs.getString("state"));
    row.put("company", rs.getString("company"));
    row.put("opened", instant(rs, "opened_ts"));
    row.put("acknowledgeDeadline", instant(rs, "acknowledge_due"));
    row.put("makeSafeDeadline", instant(rs, "make_safe_due"));
    row.put("repairDeadline", instant(rs, "repair_due"));
    return row;
  }

  private static Double number(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static String instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant().toString();
  }

  private static String severity(int rank) {
    return switch (rank) {
      case 3 -> "CRITICAL";
      case 2 -> "MAJOR";
      case 1 -> "MINOR";
      default -> null;
    };
  }
}
