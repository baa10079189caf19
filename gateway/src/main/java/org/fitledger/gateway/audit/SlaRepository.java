package org.fitledger.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Period;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of SLA compliance: the tickets opened in a period within the districts, grouped by
 * company or district prefix, with the on-time figures the chaincode fixed on each step, hours from
 * opening to the first acknowledgement and repair, rework, and the tickets overdue now.
 *
 * <pre>{@code
 * new SlaRepository(jdbc).report(List.of("SH"), Period.parse("2026-Q4"), "company", 0, now)
 * }</pre>
 */
@Component
public class SlaRepository {
  /** Group by the assigned company. */
  public static final String BY_COMPANY = "company";

  /** Group by district prefix. */
  public static final String BY_DISTRICT = "district";

  private static final String PREFIX =
      "array_to_string((string_to_array(t.district_path, '/'))[1:?::int], '/')";

  private final JdbcClient jdbc;

  /** Reads through this client. */
  public SlaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * SLA compliance by company or district, without links.
   *
   * @param prefixes the district prefixes counted
   * @param period the period the tickets opened in
   * @param by {@link #BY_COMPANY} or {@link #BY_DISTRICT}
   * @param depth the district level grouped by, for {@link #BY_DISTRICT}
   * @param now the instant that decides which tickets are overdue
   */
  public List<SlaRow> report(
      List<String> prefixes, Period period, String by, int depth, Instant now) {
    Where where = opened(prefixes, period);
    boolean byDistrict = BY_DISTRICT.equals(by);
    List<Object> params = new ArrayList<>();
    if (byDistrict) {
      params.add(depth);
    }
    params.add(now.toString());
    params.addAll(where.params());
    return jdbc.sql(
            "select "
                + (byDistrict ? PREFIX : "t.company")
                + " as grp, count(*) as tickets,"
                // The instant parsed once, not in every row.
                + " count(*) filter (where t.next_due < (select ?::timestamptz)) as overdue_now,"
                + " sum(t.acknowledge_steps) as ack_done, sum(t.acknowledge_on_time) as ack_on_time,"
                + " sum(t.make_safe_steps) as safe_done, sum(t.make_safe_on_time) as safe_on_time,"
                + " sum(t.repair_steps) as rep_done, sum(t.repair_on_time) as rep_on_time,"
                + hours("acknowledge", "ack")
                + hours("repair", "rep")
                + " count(*) filter (where t.rework > 0) as rejected,"
                + " count(t.first_repaired_ts) as repaired"
                + " from tickets t"
                + where.sql()
                + " group by 1 order by 1 nulls last")
        .params(params)
        .query((rs, row) -> row(rs, by))
        .list();
  }

  /**
   * One page of the steps of the tickets opened in a period, by ledger time.
   *
   * @param prefixes the district prefixes counted
   * @param period the period the tickets opened in
   * @param company the tickets' company, or null for all
   * @param steps the kinds of step listed
   * @param onTime whether to list only steps on time ({@code true}), late ({@code false}), or all
   *     (null)
   * @param page the page
   */
  public Paged<StepRecord> steps(
      List<String> prefixes,
      Period period,
      String company,
      List<SlaStep> steps,
      Boolean onTime,
      PageRequest page) {
    Where tickets = opened(prefixes, period);
    if (company != null) {
      tickets.and("t.company = ?", company);
    }
    Where kinds =
        new Where()
            .and("s.ticket_id = t.id")
            .andIn("s.action", steps.stream().map(SlaStep::action).toList());
    if (onTime != null) {
      kinds.and("s.on_time = ?", onTime);
    }
    // Each ticket's steps by its primary key (offset 0 keeps the lookup per ticket), the tickets
    // from the period's covering index.
    String from =
        " from tickets t cross join lateral (select s.position, s.at_ts from ticket_steps s"
            + kinds.sql()
            + " offset 0) s"
            + tickets.sql();
    List<Object> params = new ArrayList<>(kinds.params());
    params.addAll(tickets.params());
    long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
    params.add(page.size());
    params.add(page.offset());
    List<StepRecord> items =
        jdbc.sql(
                "select t.id, t.equipment_id, t.district_path, t.company, t.severity, s.action,"
                    + " s.at, case s.action"
                    + deadlines()
                    + " end as deadline, s.on_time, s.tx_id, s.block_number, s.by_name, s.by_msp"
                    + " from (select t.id, s.position"
                    + from
                    + " order by s.at_ts, t.id, s.position limit ? offset ?) p"
                    + " join tickets t on t.id = p.id"
                    + " join ticket_steps s on s.ticket_id = p.id and s.position = p.position"
                    + " order by s.at_ts, t.id, s.position")
            .params(params)
            .query((rs, row) -> step(rs))
            .list();
    return Paged.of(items, page, total);
  }

  /**
   * The tickets opened in the period within the districts. Their cities (a path's first segment)
   * are named as well, which the prefixes imply, so that the tickets come from the index of each
   * city's tickets by opening time.
   */
  private static Where opened(List<String> prefixes, Period period) {
    return new Where()
        .andIn(
            "split_part(t.district_path, '/', 1)",
            prefixes.stream().map(p -> p.split("/")[0]).distinct().toList())
        .and(
            "t.opened_ts >= ?::timestamptz and t.opened_ts < ?::timestamptz",
            period.from().toString(),
            period.to().toString())
        .andWithin("t.district_path", prefixes);
  }

  /** Mean and median of a step's hours from opening ({@code t.acknowledge_hours}, …). */
  private static String hours(String step, String name) {
    return " avg(t."
        + step
        + "_hours) as "
        + name
        + "_mean, percentile_cont(0.5) within group (order by t."
        + step
        + "_hours) as "
        + name
        + "_median,";
  }

  private static String deadlines() {
    return java.util.Arrays.stream(SlaStep.values())
        .filter(s -> s.deadlineColumn() != null)
        .map(s -> " when '" + s.action() + "' then " + s.deadlineColumn())
        .collect(Collectors.joining());
  }

  private static SlaRow row(ResultSet rs, String by) throws SQLException {
    return new SlaRow(
        by,
        rs.getString("grp"),
        rs.getLong("tickets"),
        new SlaSteps(
            StepFigures.of(rs.getLong("ack_done"), rs.getLong("ack_on_time")),
            StepFigures.of(rs.getLong("safe_done"), rs.getLong("safe_on_time")),
            StepFigures.of(rs.getLong("rep_done"), rs.getLong("rep_on_time"))),
        new Hours(nullable(rs, "ack_mean"), nullable(rs, "ack_median")),
        new Hours(nullable(rs, "rep_mean"), nullable(rs, "rep_median")),
        Ratios.share(rs.getLong("rejected"), rs.getLong("repaired")),
        rs.getLong("overdue_now"),
        Map.of());
  }

  private static StepRecord step(ResultSet rs) throws SQLException {
    Object onTime = rs.getObject("on_time");
    return new StepRecord(
        rs.getString("id"),
        rs.getString("equipment_id"),
        rs.getString("district_path"),
        rs.getString("company"),
        rs.getString("severity"),
        SlaStep.ofAction(rs.getString("action")).apiName(),
        rs.getString("at"),
        rs.getString("deadline"),
        onTime == null ? null : (Boolean) onTime,
        rs.getString("tx_id"),
        rs.getLong("block_number"),
        new Signer(rs.getString("by_name"), rs.getString("by_msp")));
  }

  private static Double nullable(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
