package org.fitledger.gateway.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fitledger.gateway.query.ArrayColumns;
import org.fitledger.model.patrol.Condition;
import org.fitledger.model.patrol.Level;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of table {@code inspection_months}: per piece of equipment and calendar month (UTC), from
 * the month of its first satisfying inspection to the month of its last, per level the latest
 * satisfying inspection before the month ({@code routine_before}, …) and the latest within it
 * ({@code routine_last}, …; null while none), and the earliest satisfying time within it ({@code
 * routine_first}). Every satisfying inspection satisfies {@code ROUTINE}, so the routine times
 * decide the months held and bound every level's times in the month. Each value is a maximum, so a
 * patrol changes a few fixed-size values whatever the month already holds; coverage as of an
 * instant inside a month reads the month's inspections up to the instant ({@link
 * CoverageRepository}).
 *
 * <p>Patrols' times, one or many, are added in two statements: the first writes the months they add
 * to a piece's range (after the last month held they start from the latest time held; before the
 * first, from none), the second keeps each time as its month's latest if it is, and as the "before"
 * of every later month if it is. Each leaves the table as if it had been derived from the
 * inspections at once ({@link #deriveAll}), so the order in which patrols are indexed, and how many
 * are added together, do not matter, and adding a time again changes nothing.
 *
 * <pre>{@code
 * new InspectionMonths(jdbc).add("2026-11-21T10:00:00Z", Map.of("eq-1", EnumSet.of(ROUTINE)));
 * }</pre>
 */
final class InspectionMonths {
  private final JdbcClient jdbc;

  InspectionMonths(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A patrol's ledger time and what it satisfied.
   *
   * @param recordedAt the patrol's ledger time
   * @param levels per piece, the levels its inspections in the patrol satisfied
   */
  record Satisfied(String recordedAt, Map<String, Set<Level>> levels) {}

  /**
   * SQL: whether a row of {@code inspections} satisfies a level ({@link Level#satisfiedBy}): one of
   * a patrol with a ledger time, of a level, that could reach the equipment. It satisfies its own
   * level and every less thorough one.
   */
  static final String SATISFYING =
      "recorded_ts is not null and condition <> '"
          + Condition.NOT_ACCESSIBLE.name()
          + "' and "
          + satisfies("level", Level.ROUTINE);

  /**
   * SQL: whether an inspection's level, in {@code column}, satisfies the level: the level itself or
   * a more thorough one. Every level satisfies {@code ROUTINE}.
   */
  static String satisfies(String column, Level level) {
    return column
        + " in ("
        + level.satisfiers().stream()
            .map(satisfier -> "'" + satisfier.name() + "'")
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** The pieces' times, one row each, with their month: relation {@code i}. */
  private static final String INPUT =
      "with i as (select x.equipment_id, x.at::timestamptz as at,"
          + " date_trunc('month', x.at::timestamptz at time zone 'UTC')::date as month,"
          + " x.routine::boolean as routine, x.functional::boolean as functional,"
          + " x.structural::boolean as structural from unnest("
          + ArrayColumns.parameters(5)
          + ") as x (equipment_id, at, routine, functional, structural))";

  /**
   * Adds a patrol's ledger time to the pieces it inspected.
   *
   * @param recordedAt the patrol's ledger time
   * @param satisfied per piece, the levels its inspections in the patrol satisfied (not empty)
   */
  void add(String recordedAt, Map<String, Set<Level>> satisfied) {
    addAll(List.of(new Satisfied(recordedAt, satisfied)));
  }

  /**
   * Adds several patrols' times at once: the table ends as if each had been added alone, in any
   * order.
   */
  void addAll(List<Satisfied> patrols) {
    List<String[]> rows = new ArrayList<>();
    for (Satisfied patrol : patrols) {
      patrol
          .levels()
          .forEach(
              (equipmentId, levels) ->
                  rows.add(
                      new String[] {
                        equipmentId,
                        patrol.recordedAt(),
                        Boolean.toString(levels.contains(Level.ROUTINE)),
                        Boolean.toString(levels.contains(Level.FUNCTIONAL)),
                        Boolean.toString(levels.contains(Level.STRUCTURAL))
                      }));
    }
    if (rows.isEmpty()) {
      return;
    }
    Object[] columns = ArrayColumns.of(rows);
    jdbc.sql(
            INPUT
                + ", p as (select equipment_id, min(month) as tlo, max(month) as thi from i"
                + " group by equipment_id),"
                + " span as (select p.equipment_id, p.tlo, p.thi,"
                + " (select min(m.month) from inspection_months m"
                + " where m.equipment_id = p.equipment_id) as lo,"
                + " (select max(m.month) from inspection_months m"
                + " where m.equipment_id = p.equipment_id) as hi from p)"
                + " insert into inspection_months (equipment_id, month, routine_before,"
                + " functional_before, structural_before)"
                + " select s.equipment_id, g.month::date, "
                + perLevel(InspectionMonths::carried)
                + " from span s left join inspection_months h"
                + " on h.equipment_id = s.equipment_id and h.month = s.hi"
                + " cross join lateral generate_series(least(s.tlo, s.lo)::timestamp,"
                + " greatest(s.thi, s.hi)::timestamp, interval '1 month') g (month)"
                + " where s.lo is null or g.month < s.lo or g.month > s.hi"
                + " on conflict (equipment_id, month) do nothing")
        .params(columns)
        .update();
    jdbc.sql(
            INPUT
                + ", a as (select m.equipment_id, m.month, "
                + perLevel(InspectionMonths::gathered)
                + ", min(i.at) filter (where i.routine and i.month = m.month) as routine_first"
                + " from i join inspection_months m"
                + " on m.equipment_id = i.equipment_id and m.month >= i.month"
                + " group by m.equipment_id, m.month)"
                + " update inspection_months m set "
                + perLevel(InspectionMonths::kept)
                + ", routine_first = least(m.routine_first, a.routine_first)"
                + " from a where m.equipment_id = a.equipment_id and m.month = a.month")
        .params(columns)
        .update();
  }

  /**
   * Derives the whole table from the inspections the index holds, in one statement: what adding
   * every patrol's time would have left. The table must be empty.
   */
  void deriveAll() {
    jdbc.sql(
            "insert into inspection_months (equipment_id, month, routine_before,"
                + " functional_before, structural_before, routine_last, functional_last,"
                + " structural_last, routine_first) with satisfying as (select equipment_id, recorded_ts as ts,"
                + " date_trunc('month', recorded_ts at time zone 'UTC')::date as month, "
                + satisfies("level", Level.FUNCTIONAL)
                + " as functional, "
                + satisfies("level", Level.STRUCTURAL)
                + " as structural from inspections where "
                + SATISFYING
                + "), per_month as (select equipment_id, month, max(ts) as routine_last,"
                + " max(ts) filter (where functional) as functional_last,"
                + " max(ts) filter (where structural) as structural_last, min(ts) as routine_first"
                + " from satisfying group by equipment_id, month),"
                + " months as (select equipment_id, generate_series(min(month)::timestamp,"
                + " max(month)::timestamp, interval '1 month')::date as month"
                + " from per_month group by equipment_id)"
                + " select m.equipment_id, m.month, max(p.routine_last) over earlier,"
                + " max(p.functional_last) over earlier, max(p.structural_last) over earlier,"
                + " p.routine_last, p.functional_last, p.structural_last, p.routine_first"
                + " from months m"
                + " left join per_month p on p.equipment_id = m.equipment_id and p.month = m.month"
                + " window earlier as (partition by m.equipment_id order by m.month"
                + " rows between unbounded preceding and 1 preceding)")
        .update();
  }

  /** An expression per level, in {@link Level} order, separated by commas. */
  private static String perLevel(Function<String, String> expression) {
    return Arrays.stream(Level.values())
        .map(level -> expression.apply(CoverageRepository.column(level)))
        .collect(Collectors.joining(", "));
  }

  /** A level's latest time before the month, and its latest within it, among the ones added. */
  private static String gathered(String level) {
    return "max(i.at) filter (where i."
        + level
        + " and i.month < m.month) as "
        + level
        + "_before, max(i.at) filter (where i."
        + level
        + " and i.month = m.month) as "
        + level
        + "_last";
  }

  /** A new month's "before" of a level: after the last month held, the latest time held. */
  private static String carried(String level) {
    return "case when g.month > s.hi then greatest(h."
        + level
        + "_before, h."
        + level
        + "_last) end";
  }

  /** The later of each value held and the one added. */
  private static String kept(String l) {
    return l
        + "_before = greatest(m."
        + l
        + "_before, a."
        + l
        + "_before), "
        + l
        + "_last = greatest(m."
        + l
        + "_last, a."
        + l
        + "_last)";
  }
}
