package org.fitledger.gateway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fitledger.gateway.index.DerivedProjection;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.gateway.query.ArrayColumns;
import org.fitledger.model.patrol.Inspection;
import org.fitledger.model.patrol.Level;
import org.fitledger.model.patrol.Patrol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What each patrol adds to the audit's figures, from the patrol record itself: the inspector's
 * tallies of inspections (and of those beyond the location tolerance) per month and district path,
 * in {@code inspection_tallies}; per piece and level the latest time of an inspection that
 * satisfies the level, in {@code equipment_coverage}; and the patrol's time in {@link
 * InspectionMonths}. A patrol is tallied once: {@code audit_tallied_patrols} remembers it. The
 * coverage times and the months are kept so that adding a time again changes nothing.
 *
 * <p>Every figure is one the patrol's inspections as {@code inspections} holds them also give, so a
 * rebuild derives them all at once from that table ({@link #deriveAll}).
 */
@Component
public class PatrolAudit implements DerivedProjection {
  private final JdbcClient jdbc;
  private final InspectionMonths months;

  PatrolAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.months = new InspectionMonths(jdbc);
  }

  /** The projection writing through a client of one's own, for bulk loads outside the indexer. */
  public static RecordProjection over(JdbcClient jdbc) {
    return new PatrolAudit(jdbc);
  }

  @Override
  public String kind() {
    return "patrol";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    projectAll(List.of(new Written(record, event)));
  }

  /** Adds what each patrol adds, in four statements however many patrols there are. */
  @Override
  public void projectAll(List<Written> written) {
    List<Patrol> patrols =
        written.stream()
            .map(w -> w.as(Patrol.class))
            .filter(p -> !p.inspections().isEmpty() && p.recordedAt() != null)
            .toList();
    if (patrols.isEmpty()) {
      return;
    }
    tallies(patrols);
    coverage(patrols);
  }

  /**
   * Derives the tallied patrols, the tallies, the coverage times and the months from {@code
   * inspections}: an inspection there has its patrol's time, inspector and the district path its
   * equipment had when the patrol was indexed (none if it was not indexed yet), which is what the
   * patrol's projection here reads.
   */
  @Override
  public void deriveAll() {
    String tallied =
        " from inspections where recorded_ts is not null and inspector is not null"
            + " and inspector_msp is not null";
    jdbc.sql("insert into audit_tallied_patrols (patrol_id) select distinct patrol_id" + tallied)
        .update();
    jdbc.sql(
            "insert into inspection_tallies (month, inspector, inspector_msp, district_path,"
                + " inspections, beyond_tolerance)"
                + " select date_trunc('month', recorded_ts at time zone 'UTC')::date, inspector,"
                + " inspector_msp, district_path, count(*),"
                + " count(*) filter (where not within_tolerance)"
                + tallied
                + " and district_path is not null group by 1, 2, 3, 4")
        .update();
    jdbc.sql(
            "insert into equipment_coverage (equipment_id, routine_ts, functional_ts,"
                + " structural_ts) select equipment_id, max(recorded_ts),"
                + " max(recorded_ts) filter (where "
                + InspectionMonths.satisfies("level", Level.FUNCTIONAL)
                + "), max(recorded_ts) filter (where "
                + InspectionMonths.satisfies("level", Level.STRUCTURAL)
                + ") from inspections where "
                + InspectionMonths.SATISFYING
                + " group by equipment_id"
                + " on conflict (equipment_id) do update set routine_ts = excluded.routine_ts,"
                + " functional_ts = excluded.functional_ts, structural_ts = excluded.structural_ts")
        .update();
    months.deriveAll();
  }

  /**
   * Adds each patrol's inspections to its inspector's tallies of the patrol's month, per district
   * path of the inspected equipment as the index holds it, the first time the patrol is seen.
   */
  private void tallies(List<Patrol> patrols) {
    Map<String, Patrol> firstOfEach = new LinkedHashMap<>();
    patrols.stream()
        .filter(p -> p.inspector() != null && p.inspectorMsp() != null)
        .forEach(p -> firstOfEach.putIfAbsent(p.id(), p));
    List<String[]> rows = new ArrayList<>();
    for (Patrol patrol : firstOfEach.values()) {
      for (Inspection inspection : patrol.inspections()) {
        rows.add(
            new String[] {
              patrol.id(),
              patrol.recordedAt(),
              patrol.inspector(),
              patrol.inspectorMsp(),
              inspection.equipmentId(),
              Boolean.toString(inspection.withinTolerance())
            });
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    jdbc.sql(
            "with i (patrol_id, recorded_at, inspector, inspector_msp, equipment_id,"
                + " within_tolerance) as (select * from unnest("
                + ArrayColumns.parameters(6)
                + ")), first as (insert into audit_tallied_patrols (patrol_id)"
                + " select distinct patrol_id from i on conflict do nothing returning patrol_id)"
                + " insert into inspection_tallies (month, inspector, inspector_msp,"
                + " district_path, inspections, beyond_tolerance)"
                + " select date_trunc('month', i.recorded_at::timestamptz at time zone 'UTC')::date,"
                + " i.inspector, i.inspector_msp, e.district_path, count(*),"
                + " count(*) filter (where i.within_tolerance::boolean = false)"
                + " from i join first f on f.patrol_id = i.patrol_id"
                + " join equipment e on e.id = i.equipment_id"
                + " group by 1, 2, 3, 4"
                + " on conflict (month, inspector, inspector_msp, district_path) do update"
                + " set inspections = inspection_tallies.inspections + excluded.inspections,"
                + " beyond_tolerance = inspection_tallies.beyond_tolerance"
                + " + excluded.beyond_tolerance")
        .params(ArrayColumns.of(rows))
        .update();
  }

  /**
   * Keeps, per piece of equipment and level, the latest ledger time of an inspection that satisfies
   * the level, in {@code equipment_coverage}: the latest of the time kept and the patrols'; and
   * adds the patrols' times to the pieces' {@link InspectionMonths}.
   */
  private void coverage(List<Patrol> patrols) {
    Map<String, Latest> latest = new LinkedHashMap<>();
    List<InspectionMonths.Satisfied> times = new ArrayList<>();
    for (Patrol patrol : patrols) {
      Map<String, Set<Level>> satisfied = satisfied(patrol);
      if (satisfied.isEmpty()) {
        continue;
      }
      times.add(new InspectionMonths.Satisfied(patrol.recordedAt(), satisfied));
      Instant at = Instant.parse(patrol.recordedAt());
      satisfied.forEach(
          (equipmentId, levels) ->
              levels.forEach(
                  level ->
                      latest
                          .computeIfAbsent(equipmentId, Latest::new)
                          .offer(level, at, patrol.recordedAt())));
    }
    if (latest.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into equipment_coverage (equipment_id, routine_ts, functional_ts,"
                + " structural_ts) select x.e, x.r::timestamptz, x.f::timestamptz,"
                + " x.s::timestamptz from unnest("
                + ArrayColumns.parameters(4)
                + ") as x (e, r, f, s)"
                + " on conflict (equipment_id) do update"
                + " set routine_ts = greatest(equipment_coverage.routine_ts, excluded.routine_ts),"
                + " functional_ts = greatest(equipment_coverage.functional_ts,"
                + " excluded.functional_ts),"
                + " structural_ts = greatest(equipment_coverage.structural_ts,"
                + " excluded.structural_ts)")
        .params(ArrayColumns.of(latest.values().stream().map(l -> l.row).toList()))
        .update();
    months.addAll(times);
  }

  /**
   * A piece's row of {@code equipment_coverage}: per level, in {@link Level} order, the latest time
   * offered, as the ledger wrote it.
   */
  private static final class Latest {
    private final String[] row;
    private final Instant[] times = new Instant[Level.values().length];

    Latest(String equipmentId) {
      row = new String[] {equipmentId, null, null, null};
    }

    void offer(Level level, Instant time, String text) {
      int i = level.ordinal();
      if (times[i] == null || time.isAfter(times[i])) {
        times[i] = time;
        row[i + 1] = text;
      }
    }
  }

  /** Per piece the patrol inspected, the levels its inspections satisfied; none left out. */
  private static Map<String, Set<Level>> satisfied(Patrol patrol) {
    Map<String, Set<Level>> satisfied = new LinkedHashMap<>();
    for (Inspection inspection : patrol.inspections()) {
      List<Level> levels = Level.satisfiedBy(inspection.level(), inspection.condition());
      if (!levels.isEmpty()) {
        satisfied
            .computeIfAbsent(inspection.equipmentId(), id -> EnumSet.noneOf(Level.class))
            .addAll(levels);
      }
    }
    return satisfied;
  }
}
