package org.fitledger.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fitledger.gateway.query.ValuesRows;
import org.fitledger.model.patrol.Level;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of table {@code inspection_months}: per piece of equipment and calendar month (UTC), from
 * the month of its first satisfying inspection to the month of its last, per level the latest
 * satisfying inspection before the month and the satisfying inspections within it. Every satisfying
 * inspection satisfies {@code ROUTINE}, so the routine times decide the months held.
 *
 * <p>A patrol's time is added in two statements: the first writes the months it adds to a piece's
 * range (after the last month held they start from the latest time held; before the first, from
 * none), the second adds the time to its month and to the "before" of every later month. Each
 * leaves the table as if it had been derived from the inspections at once, so the order in which
 * patrols are indexed does not matter, and adding a time again changes nothing.
 *
 * <pre>{@code
 * new InspectionMonths(jdbc).add("2026-11-21T10:00:00Z", Map.of("eq-1", EnumSet.of(ROUTINE)));
 * }</pre>
 */
final class InspectionMonths {
  private static final String MONTH = "date_trunc('month', x.at at time zone 'UTC')::date";

  private final JdbcClient jdbc;

  InspectionMonths(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds a patrol's ledger time to the pieces it inspected.
   *
   * @param recordedAt the patrol's ledger time
   * @param satisfied per piece, the levels its inspections in the patrol satisfied (not empty)
   */
  void add(String recordedAt, Map<String, Set<Level>> satisfied) {
    List<Object> ids = new ArrayList<>(satisfied.keySet());
    ids.add(recordedAt);
    jdbc.sql(
            "with input (equipment_id) as (values "
                + ValuesRows.of(satisfied.size(), "?")
                + "), t (month) as (select "
                + MONTH
                + " from (select ?::timestamptz) x (at)),"
                + " span as (select i.equipment_id, t.month as tm, min(m.month) as lo,"
                + " max(m.month) as hi from input i cross join t"
                + " left join inspection_months m on m.equipment_id = i.equipment_id"
                + " group by i.equipment_id, t.month)"
                + " insert into inspection_months (equipment_id, month, routine_before,"
                + " functional_before, structural_before)"
                + " select s.equipment_id, g.month::date"
                + carried("routine")
                + carried("functional")
                + carried("structural")
                + " from span s left join inspection_months h"
                + " on h.equipment_id = s.equipment_id and h.month = s.hi"
                + " cross join lateral generate_series(least(s.tm, s.lo)::timestamp,"
                + " greatest(s.tm, s.hi)::timestamp, interval '1 month') g (month)"
                + " where s.lo is null or g.month < s.lo or g.month > s.hi"
                + " on conflict (equipment_id, month) do nothing")
        .params(ids.toArray())
        .update();
    List<Object> params = new ArrayList<>();
    satisfied.forEach(
        (equipmentId, levels) -> {
          params.add(equipmentId);
          for (Level level : Level.values()) {
            params.add(levels.contains(level));
          }
        });
    params.add(recordedAt);
    jdbc.sql(
            "with input (equipment_id, routine, functional, structural) as (values "
                + ValuesRows.of(satisfied.size(), "?, ?, ?, ?")
                + "), t (at, month) as (select x.at, "
                + MONTH
                + " from (select ?::timestamptz) x (at))"
                + " update inspection_months m set"
                + added("routine")
                + ","
                + added("functional")
                + ","
                + added("structural")
                + " from input i cross join t"
                + " where m.equipment_id = i.equipment_id and m.month >= t.month")
        .params(params.toArray())
        .update();
  }

  /** A new month's "before" of a level: after the last month held, the latest time held. */
  private static String carried(String level) {
    return ", case when g.month > s.hi then greatest(h."
        + level
        + "_before, h."
        + level
        + "_times[cardinality(h."
        + level
        + "_times)]) end";
  }

  /** The time added to the level's times in its month, or to its "before" in a later month. */
  private static String added(String level) {
    return " "
        + level
        + "_before = case when i."
        + level
        + " and m.month > t.month then greatest(m."
        + level
        + "_before, t.at) else m."
        + level
        + "_before end, "
        + level
        + "_times = case when i."
        + level
        + " and m.month = t.month then array(select distinct x.ts from unnest(array_append(m."
        + level
        + "_times, t.at)) x (ts) order by x.ts) else m."
        + level
        + "_times end";
  }
}
