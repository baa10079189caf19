package org.fitledger.gateway.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.gateway.query.ValuesRows;
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
 */
@Component
public class PatrolAudit implements RecordProjection {
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
    Patrol patrol = RecordJson.decode(record, Patrol.class);
    if (patrol.inspections().isEmpty() || patrol.recordedAt() == null) {
      return;
    }
    tallies(patrol);
    coverage(patrol);
  }

  /**
   * Adds the patrol's inspections to the inspector's tallies of the patrol's month, per district
   * path of the inspected equipment as the index holds it, the first time the patrol is seen.
   */
  private void tallies(Patrol patrol) {
    if (patrol.inspector() == null || patrol.inspectorMsp() == null) {
      return;
    }
    List<Object> params = new ArrayList<>();
    Collections.addAll(
        params, patrol.id(), patrol.recordedAt(), patrol.inspector(), patrol.inspectorMsp());
    for (Inspection inspection : patrol.inspections()) {
      Collections.addAll(params, inspection.equipmentId(), inspection.withinTolerance());
    }
    jdbc.sql(
            "with first as (insert into audit_tallied_patrols (patrol_id) values (?)"
                + " on conflict do nothing returning patrol_id),"
                + " p (month, inspector, inspector_msp) as (select"
                + " date_trunc('month', ?::timestamptz at time zone 'UTC')::date, ?, ?),"
                + " i (equipment_id, within_tolerance) as (values "
                + ValuesRows.of(patrol.inspections().size(), "?, ?::boolean")
                + ") insert into inspection_tallies (month, inspector, inspector_msp,"
                + " district_path, inspections, beyond_tolerance)"
                + " select p.month, p.inspector, p.inspector_msp, e.district_path, count(*),"
                + " count(*) filter (where i.within_tolerance = false)"
                + " from i join equipment e on e.id = i.equipment_id cross join p"
                + " where exists (select 1 from first)"
                + " group by p.month, p.inspector, p.inspector_msp, e.district_path"
                + " on conflict (month, inspector, inspector_msp, district_path) do update"
                + " set inspections = inspection_tallies.inspections + excluded.inspections,"
                + " beyond_tolerance = inspection_tallies.beyond_tolerance"
                + " + excluded.beyond_tolerance")
        .params(params.toArray())
        .update();
  }

  /**
   * Keeps, per piece of equipment and level, the latest ledger time of an inspection that satisfies
   * the level, in {@code equipment_coverage}: the later of the time kept and this patrol's; and
   * adds this patrol's time to the pieces' {@link InspectionMonths}.
   */
  private void coverage(Patrol patrol) {
    Map<String, Set<Level>> satisfied = new LinkedHashMap<>();
    for (Inspection inspection : patrol.inspections()) {
      List<Level> levels = Level.satisfiedBy(inspection.level(), inspection.condition());
      if (!levels.isEmpty()) {
        satisfied
            .computeIfAbsent(inspection.equipmentId(), id -> EnumSet.noneOf(Level.class))
            .addAll(levels);
      }
    }
    if (satisfied.isEmpty()) {
      return;
    }
    List<Object> params = new ArrayList<>();
    satisfied.forEach(
        (equipmentId, levels) -> {
          params.add(equipmentId);
          for (Level level : Level.values()) {
            params.add(levels.contains(level) ? patrol.recordedAt() : null);
          }
        });
    jdbc.sql(
            "insert into equipment_coverage (equipment_id, routine_ts, functional_ts,"
                + " structural_ts) values "
                + ValuesRows.of(
                    satisfied.size(), "?, ?::timestamptz, ?::timestamptz, ?::timestamptz")
                + " on conflict (equipment_id) do update"
                + " set routine_ts = greatest(equipment_coverage.routine_ts, excluded.routine_ts),"
                + " functional_ts = greatest(equipment_coverage.functional_ts,"
                + " excluded.functional_ts),"
                + " structural_ts = greatest(equipment_coverage.structural_ts,"
                + " excluded.structural_ts)")
        .params(params.toArray())
        .update();
    months.add(patrol.recordedAt(), satisfied);
  }
}
