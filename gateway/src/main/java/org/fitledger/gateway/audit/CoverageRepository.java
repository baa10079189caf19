package org.fitledger.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Where;
import org.fitledger.model.patrol.Condition;
import org.fitledger.model.patrol.Level;
import org.fitledger.model.people.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of coverage. For each piece of equipment (not retired, registered by the instant) and
 * level, the last satisfying inspection by the instant is the time {@code equipment_coverage}
 * keeps, unless that is later than the instant: then it is the later of the latest before the
 * instant's month ({@code inspection_months}) and the latest of the month's inspections up to the
 * instant. The piece is overdue when that inspection, or without one its registration, lies more
 * than its interval before the instant. Each piece is one entry of {@code equipment_coverage}'s
 * covering index, and the figures are counted per community before they are summed at the depth
 * asked for.
 *
 * <pre>{@code
 * new CoverageRepository(jdbc).report(List.of("SH"), 2, List.of(Level.values()), now)
 * }</pre>
 */
@Component
public class CoverageRepository {
  // Only supervisors, of the Authority, register equipment (the chaincode's rule).
  private static final String NOT_ACCESSIBLE = Condition.NOT_ACCESSIBLE.name();
  // The instant, parsed once (a cast in every row's expressions would parse it for each row), its
  // calendar month (UTC) and that month's first instant.
  private static final String ASOF =
      "with asof (at, month, since) as materialized (select x.at,"
          + " date_trunc('month', x.at at time zone 'UTC')::date,"
          + " date_trunc('month', x.at at time zone 'UTC') at time zone 'UTC'"
          + " from (select ?::timestamptz) x (at))";

  private final JdbcClient jdbc;

  /** Reads through this client. */
  public CoverageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Coverage by district at a depth and level, as of an instant, without links.
   *
   * @param prefixes the district prefixes counted
   * @param depth the district level grouped by, 1..4
   * @param levels the levels reported
   * @param at the instant
   */
  public List<CoverageRow> report(
      List<String> prefixes, int depth, List<Level> levels, Instant at) {
    Where scope = new Where().andWithin("e.district_path", prefixes);
    List<Object> params = new ArrayList<>();
    params.add(at.toString());
    params.addAll(scope.params());
    params.add(depth);
    StringBuilder perPath = new StringBuilder("select c.district_path");
    StringBuilder sums =
        new StringBuilder(
            "select array_to_string((string_to_array(district_path, '/'))[1:?::int], '/')"
                + " as district");
    for (Level level : Level.values()) {
      String l = column(level);
      perPath
          .append(", count(c.")
          .append(l)
          .append("_days) as ")
          .append(l)
          .append("_equipment, count(*) filter (where ")
          .append(due(level))
          .append(" < c.at) as ")
          .append(l)
          .append("_overdue, count(c.")
          .append(l)
          .append("_days) filter (where c.")
          .append(l)
          .append("_ts is null) as ")
          .append(l)
          .append("_never");
      for (String figure : List.of("_equipment", "_overdue", "_never")) {
        sums.append(", sum(").append(l).append(figure).append(") as ").append(l).append(figure);
      }
    }
    return jdbc
        .sql(
            ASOF
                + ", c as ("
                + perEquipment(scope)
                + "), by_path as ("
                + perPath
                + " from c group by c.district_path) "
                + sums
                + " from by_path group by 1 order by 1")
        .params(params)
        .query((rs, row) -> rows(rs, levels))
        .list()
        .stream()
        .flatMap(List::stream)
        .toList();
  }

  /**
   * One page of the pieces overdue as of an instant, by district path, id and level, each with its
   * last satisfying inspection's patrol or, never inspected, its registration.
   *
   * @param prefixes the district prefixes counted
   * @param levels the levels
   * @param at the instant
   * @param page the page
   */
  public Paged<OverdueEquipment> overdue(
      List<String> prefixes, List<Level> levels, Instant at, PageRequest page) {
    Where scope = new Where().andWithin("e.district_path", prefixes);
    List<Object> params = new ArrayList<>();
    params.add(at.toString());
    params.addAll(scope.params());
    params.add(page.size());
    params.add(page.offset());
    String perLevel =
        levels.stream()
            .map(
                level ->
                    "select c.id, c.district_path, c.registered_ts, c.at, '"
                        + level.name()
                        + "' as level, "
                        + level.ordinal()
                        + " as rank, c."
                        + column(level)
                        + "_days as interval_days, c."
                        + column(level)
                        + "_ts as last_ts, "
                        + due(level)
                        + " as due, array["
                        + level.satisfiers().stream()
                            .map(s -> "'" + s.name() + "'")
                            .collect(Collectors.joining(", "))
                        + "] as satisfiers from c where c."
                        + column(level)
                        + "_days is not null")
            .collect(Collectors.joining(" union all "));
    long[] total = {0};
    List<OverdueEquipment> items =
        jdbc.sql(
                ASOF
                    + ", c as ("
                    + perEquipment(scope)
                    + "), o as (select x.*, count(*) over () as total from ("
                    + perLevel
                    + ") x where x.due < x.at order by x.district_path, x.id, x.rank"
                    + " limit ? offset ?)"
                    + " select o.*, e.site, e.registration_tx_id, e.registration_block,"
                    + " e.record->>'registeredBy' as registered_by, f.recorded_at, f.patrol_id,"
                    + " f.inspector, f.inspector_msp, f.tx_id, f.block_number"
                    + " from o join equipment e on e.id = o.id"
                    + " left join lateral (select p.recorded_at, i.patrol_id, p.inspector,"
                    + " p.inspector_msp, p.tx_id, p.block_number"
                    + " from inspections i join patrols p on p.id = i.patrol_id"
                    + " where o.last_ts is not null and i.equipment_id = o.id"
                    + " and i.recorded_ts = o.last_ts and i.level = any (o.satisfiers)"
                    + " and i.condition <> '"
                    + NOT_ACCESSIBLE
                    + "' order by i.patrol_id desc, i.position desc limit 1) f on true"
                    + " order by o.district_path, o.id, o.rank")
            .params(params)
            .query(
                (rs, row) -> {
                  total[0] = rs.getLong("total");
                  return overdueRow(rs);
                })
            .list();
    if (items.isEmpty() && page.offset() > 0) {
      total[0] = overdue(prefixes, levels, at, new PageRequest(0, 1)).total();
    }
    return Paged.of(items, page, total[0]);
  }

  /**
   * One row per piece ({@code c}), with {@code at}, its registration, its interval per level
   * ({@code routine_days}, …) and the time of its last satisfying inspection per level by then
   * ({@code routine_ts}, …), from {@code equipment_coverage} alone; it needs {@link #ASOF} and the
   * scope's parameters. A latest time after the instant is replaced by the later of the latest
   * before the instant's month, which {@code inspection_months} keeps, and the latest within the
   * month up to the instant: none before the month's first time, the month's latest from its latest
   * time on, and in between read from the piece's inspections of the month.
   */
  private static String perEquipment(Where scope) {
    StringBuilder columns = new StringBuilder();
    StringBuilder within = new StringBuilder();
    for (Level level : Level.values()) {
      String l = column(level);
      columns
          .append(", e.")
          .append(l)
          .append("_days, case when e.")
          .append(l)
          .append("_ts > a.at then greatest(m.")
          .append(l)
          .append("_before, case when a.at >= m.routine_last then m.")
          .append(l)
          .append("_last else m.")
          .append(l)
          .append("_within end) else e.")
          .append(l)
          .append("_ts end as ")
          .append(l)
          .append("_ts");
      within
          .append(within.isEmpty() ? "" : ", ")
          .append("max(i.recorded_ts) filter (where ")
          .append(InspectionMonths.satisfies("i.level", level))
          .append(") as ")
          .append(l)
          .append("_within");
    }
    return "select e.equipment_id as id, e.district_path, e.registered_ts, a.at"
        + columns
        // Only a piece inspected after the instant needs its month (the latest routine time is
        // the latest of every level's); offset 0 keeps that test before the lookups.
        + " from asof a cross join equipment_coverage e"
        + " left join lateral (select m.*, w.* from inspection_months m"
        // Only an instant between the month's first and latest times needs its inspections.
        + " left join lateral (select "
        + within
        + " from inspections i where a.at >= m.routine_first and a.at < m.routine_last"
        + " and i.equipment_id = m.equipment_id and i.recorded_ts >= a.since"
        + " and i.recorded_ts <= a.at and i.condition <> '"
        + NOT_ACCESSIBLE
        + "') w on true where e.routine_ts > a.at and m.equipment_id = e.equipment_id"
        + " and m.month = (select month from asof) offset 0) m on true"
        + " where not e.retired and e.registered_ts <= a.at and "
        + scope.conditions();
  }

  /** When a piece of {@code c} is due for an inspection at the level. */
  private static String due(Level level) {
    String l = column(level);
    return "coalesce(c."
        + l
        + "_ts, c.registered_ts) + make_interval(hours => c."
        + l
        + "_days * 24)";
  }

  /** A level's name in the audit's columns, e.g. {@code routine} of {@code routine_ts}. */
  static String column(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  private static List<CoverageRow> rows(ResultSet rs, List<Level> levels) throws SQLException {
    List<CoverageRow> rows = new ArrayList<>();
    for (Level level : levels) {
      String l = column(level);
      long equipment = rs.getLong(l + "_equipment");
      if (equipment > 0) {
        rows.add(
            new CoverageRow(
                rs.getString("district"),
                level.name(),
                equipment,
                rs.getLong(l + "_overdue"),
                rs.getLong(l + "_never"),
                Map.of()));
      }
    }
    return rows;
  }

  private static OverdueEquipment overdueRow(ResultSet rs) throws SQLException {
    boolean inspected = rs.getString("patrol_id") != null;
    return new OverdueEquipment(
        rs.getString("id"),
        rs.getString("site"),
        rs.getString("district_path"),
        rs.getString("level"),
        rs.getInt("interval_days"),
        rs.getString("recorded_at"),
        rs.getObject("due", OffsetDateTime.class).toInstant().toString(),
        rs.getString("patrol_id"),
        inspected ? rs.getString("tx_id") : rs.getString("registration_tx_id"),
        inspected ? rs.getLong("block_number") : rs.getLong("registration_block"),
        inspected
            ? new Signer(rs.getString("inspector"), rs.getString("inspector_msp"))
            : new Signer(rs.getString("registered_by"), Role.SUPERVISOR.mspId()));
  }
}
