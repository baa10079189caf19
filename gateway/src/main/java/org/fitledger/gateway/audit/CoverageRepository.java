package org.fitledger.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fitledger.gateway.patrol.InspectionLevel;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of coverage: for each piece of equipment (not retired, registered by then) and level, its
 * last satisfying inspection by then comes from {@code last_inspections}, or, when that one is
 * later than the instant asked about, from the inspections themselves; the piece is overdue when
 * that inspection (or its registration) lies more than its interval before the instant.
 *
 * <pre>{@code
 * new CoverageRepository(jdbc).report(List.of("SH"), 2, List.of(InspectionLevel.values()), now)
 * }</pre>
 */
@Component
public class CoverageRepository {
  // Only supervisors, of the Authority, register equipment (the chaincode's rule).
  private static final String REGISTRAR_MSP = "AuthorityMSP";
  // The columns of the last inspection, as kept in last_inspections and found by FALLBACK.
  private static final Map<String, String> LAST_COLUMNS = new LinkedHashMap<>();

  static {
    LAST_COLUMNS.put("recorded_ts", "last_ts");
    LAST_COLUMNS.put("recorded_at", "last_at");
    LAST_COLUMNS.put("patrol_id", "last_patrol_id");
    LAST_COLUMNS.put("inspector", "last_inspector");
    LAST_COLUMNS.put("inspector_msp", "last_inspector_msp");
    LAST_COLUMNS.put("tx_id", "last_tx_id");
    LAST_COLUMNS.put("block_number", "last_block");
  }

  private static final String FALLBACK =
      " left join lateral (select i.recorded_ts, p.recorded_at, i.patrol_id, p.inspector,"
          + " p.inspector_msp, p.tx_id, p.block_number"
          + " from inspections i join patrols p on p.id = i.patrol_id"
          + " where li.recorded_ts > asof.at and i.equipment_id = e.id"
          + " and i.level = any (lv.satisfiers) and i.condition <> '"
          + InspectionLevel.NOT_ACCESSIBLE
          + "' and i.recorded_ts <= asof.at"
          + " order by i.recorded_ts desc, i.patrol_id desc, i.position desc limit 1) f on true";

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
      List<String> prefixes, int depth, List<InspectionLevel> levels, Instant at) {
    Where scope = new Where().andWithin("e.district_path", prefixes);
    List<Object> params = new ArrayList<>();
    params.add(at.toString());
    params.addAll(scope.params());
    params.add(depth);
    return jdbc.sql(
            "with asof (at) as (select ?::timestamptz), by_path as (select c.district_path,"
                + " c.level, c.rank, count(*) as equipment,"
                + " count(*) filter (where c.due < c.at) as overdue,"
                + " count(*) filter (where c.last_ts is null) as never_inspected from ("
                + perEquipmentAndLevel(levels, scope, laterThan(at))
                + ") c group by c.district_path, c.level, c.rank)"
                + " select array_to_string((string_to_array(district_path, '/'))[1:?::int], '/')"
                + " as district, level, rank, sum(equipment) as equipment,"
                + " sum(overdue) as overdue, sum(never_inspected) as never_inspected"
                + " from by_path group by 1, level, rank order by 1, rank")
        .params(params)
        .query(
            (rs, row) ->
                new CoverageRow(
                    rs.getString("district"),
                    rs.getString("level"),
                    rs.getLong("equipment"),
                    rs.getLong("overdue"),
                    rs.getLong("never_inspected"),
                    Map.of()))
        .list();
  }

  /**
   * One page of the pieces overdue as of an instant, by district path, id and level.
   *
   * @param prefixes the district prefixes counted
   * @param levels the levels
   * @param at the instant
   * @param page the page
   */
  public Paged<OverdueEquipment> overdue(
      List<String> prefixes, List<InspectionLevel> levels, Instant at, PageRequest page) {
    Where scope = new Where().andWithin("e.district_path", prefixes);
    List<Object> params = new ArrayList<>();
    params.add(at.toString());
    params.addAll(scope.params());
    params.add(page.size());
    params.add(page.offset());
    long[] total = {0};
    List<OverdueEquipment> items =
        jdbc.sql(
                "with asof (at) as (select ?::timestamptz)"
                    + " select c.*, count(*) over () as total from ("
                    + perEquipmentAndLevel(levels, scope, laterThan(at))
                    + ") c where c.due < c.at order by c.district_path, c.id, c.rank"
                    + " limit ? offset ?")
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
   * Whether any kept last inspection is later than the instant, so that some pieces' last
   * inspection by then must be looked up among the inspections themselves.
   */
  private boolean laterThan(Instant at) {
    return jdbc.sql(
            "select exists (select 1 from last_inspections where recorded_ts > ?::timestamptz)")
        .param(at.toString())
        .query(Boolean.class)
        .single();
  }

  /**
   * One row per piece and level, with {@code at}, {@code interval_days}, the last satisfying
   * inspection by then ({@code last_ts}, {@code last_at}, its patrol, inspector, transaction and
   * block) and {@code due}; it needs {@code asof (at)} and the scope's parameters. Without {@code
   * history}, every kept last inspection is the instant's; with it, one kept that is later than the
   * instant is replaced by the latest satisfying inspection by then ({@code f}).
   */
  private static String perEquipmentAndLevel(
      List<InspectionLevel> levels, Where scope, boolean history) {
    return "select e.id, e.site, e.district_path, e.registered_ts, e.registration_tx_id,"
        + " e.registration_block, e.record->>'registeredBy' as registered_by, asof.at,"
        + " lv.level, lv.rank, x.interval_days, "
        + LAST_COLUMNS.entrySet().stream()
            .map(c -> last(c.getKey(), history) + " as " + c.getValue())
            .collect(Collectors.joining(", "))
        + ", coalesce("
        + last("recorded_ts", history)
        + ", e.registered_ts) + make_interval(hours => x.interval_days * 24) as due"
        + " from asof cross join equipment e cross join "
        + levels(levels)
        + " cross join lateral (select case lv.level when 'ROUTINE' then e.routine_days"
        + " when 'FUNCTIONAL' then e.functional_days else e.structural_days end"
        + " as interval_days) x"
        + " left join last_inspections li on li.equipment_id = e.id and li.level = lv.level"
        + (history ? FALLBACK : "")
        + " where not e.retired and e.registered_ts <= asof.at"
        + " and x.interval_days is not null and "
        + scope.conditions();
  }

  /** A column of the last satisfying inspection by the instant. */
  private static String last(String column, boolean history) {
    return history
        ? "case when li.recorded_ts > asof.at then f." + column + " else li." + column + " end"
        : "li." + column;
  }

  private static String levels(List<InspectionLevel> levels) {
    return levels.stream()
        .map(
            l ->
                "('"
                    + l.name()
                    + "', "
                    + l.ordinal()
                    + ", array["
                    + l.satisfiers().stream()
                        .map(s -> "'" + s.name() + "'")
                        .collect(Collectors.joining(", "))
                    + "]::text[])")
        .collect(Collectors.joining(", ", "(values ", ") as lv (level, rank, satisfiers)"));
  }

  private static OverdueEquipment overdueRow(ResultSet rs) throws SQLException {
    boolean inspected = rs.getString("last_patrol_id") != null;
    return new OverdueEquipment(
        rs.getString("id"),
        rs.getString("site"),
        rs.getString("district_path"),
        rs.getString("level"),
        rs.getInt("interval_days"),
        rs.getString("last_at"),
        rs.getObject("due", OffsetDateTime.class).toInstant().toString(),
        rs.getString("last_patrol_id"),
        inspected ? rs.getString("last_tx_id") : rs.getString("registration_tx_id"),
        inspected ? rs.getLong("last_block") : rs.getLong("registration_block"),
        inspected
            ? new Signer(rs.getString("last_inspector"), rs.getString("last_inspector_msp"))
            : new Signer(rs.getString("registered_by"), REGISTRAR_MSP));
  }
}
