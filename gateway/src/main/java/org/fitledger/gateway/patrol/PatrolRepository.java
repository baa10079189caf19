package org.fitledger.gateway.patrol;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.model.patrol.Inspection;
import org.fitledger.model.patrol.Level;
import org.fitledger.model.patrol.Patrol;
import org.fitledger.model.ticket.Defect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQL of tables {@code patrols}, {@code inspections} and the patrols' {@code evidence}, and of
 * what the patrols add to {@code inspection_tallies}, {@code equipment_coverage} and {@code
 * inspection_months}.
 */
@Component
class PatrolRepository {
  private final JdbcClient jdbc;
  private final InspectionMonths months;

  PatrolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.months = new InspectionMonths(jdbc);
  }

  Optional<IndexedPatrol> find(String id) {
    return jdbc.sql(
            "select p.block_number, p.record::text as record,"
                + " array(select distinct e.district_path from inspections i"
                + " join equipment e on e.id = i.equipment_id where i.patrol_id = p.id)"
                + " as district_paths from patrols p where p.id = ?")
        .param(id)
        .query(
            (rs, row) -> {
              ObjectNode view = RecordJson.read(rs.getString("record"));
              view.put("blockNumber", rs.getLong("block_number"));
              Array paths = rs.getArray("district_paths");
              return new IndexedPatrol(
                  view, paths == null ? List.of() : Arrays.asList((String[]) paths.getArray()));
            })
        .optional();
  }

  /**
   * Writes the patrol, each inspection and each photo hash; a patrol never changes once written.
   *
   * @param patrol the patrol as the model reads it
   * @param record the record as the ledger wrote it
   * @param blockNumber the block that holds it
   */
  void upsert(Patrol patrol, String record, long blockNumber) {
    jdbc.sql(
            "insert into patrols (id, inspector, inspector_msp, recorded_at, tx_id, block_number,"
                + " record) values (?, ?, ?, ?, ?, ?, ?::json)"
                + " on conflict (id) do update set inspector = excluded.inspector,"
                + " inspector_msp = excluded.inspector_msp, recorded_at = excluded.recorded_at,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number,"
                + " record = excluded.record")
        .params(
            patrol.id(),
            patrol.inspector(),
            patrol.inspectorMsp(),
            patrol.recordedAt(),
            patrol.txId(),
            blockNumber,
            record)
        .update();
    if (patrol.inspections().isEmpty()) {
      return;
    }
    inspections(patrol);
    coverage(patrol);
    evidence(patrol);
  }

  /**
   * Writes every inspection, in one statement, with its patrol's time and inspector and its
   * equipment's district path as the index holds it, and adds the inspections it wrote to the
   * inspector's tallies of their month and district path. A patrol never changes once written: an
   * inspection already indexed is left as it is, and counted once.
   */
  private void inspections(Patrol patrol) {
    List<Object> params = new ArrayList<>();
    List<Inspection> inspections = patrol.inspections();
    for (int position = 0; position < inspections.size(); position++) {
      Inspection inspection = inspections.get(position);
      Optional<Defect> defect = Optional.ofNullable(inspection.defect());
      Collections.addAll(
          params,
          patrol.id(),
          position,
          inspection.equipmentId(),
          name(inspection.level()),
          name(inspection.condition()),
          inspection.observedAt(),
          BigDecimal.valueOf(inspection.distanceMeters()),
          inspection.withinTolerance(),
          defect.map(d -> name(d.severity())).orElse(null),
          defect.map(d -> name(d.category())).orElse(null),
          patrol.recordedAt(),
          patrol.inspector(),
          patrol.inspectorMsp(),
          inspection.equipmentId());
    }
    jdbc.sql(
            "with written as (insert into inspections (patrol_id, position, equipment_id, level,"
                + " condition, observed_at, distance_meters, within_tolerance, defect_severity,"
                + " defect_category, recorded_ts, inspector, inspector_msp, district_path)"
                + " values "
                + rows(
                    inspections.size(),
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?,"
                        + " (select e.district_path from equipment e where e.id = ?)")
                + " on conflict (patrol_id, position) do nothing"
                + " returning recorded_ts, inspector, inspector_msp, district_path,"
                + " within_tolerance)"
                + " insert into inspection_tallies (month, inspector, inspector_msp, district_path,"
                + " inspections, beyond_tolerance)"
                + " select date_trunc('month', recorded_ts at time zone 'UTC')::date, inspector,"
                + " inspector_msp, district_path, count(*),"
                + " count(*) filter (where within_tolerance = false) from written"
                + " where recorded_ts is not null and inspector is not null"
                + " and inspector_msp is not null and district_path is not null"
                + " group by 1, 2, 3, 4"
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
    String recordedAt = patrol.recordedAt();
    if (recordedAt == null) {
      return;
    }
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
            params.add(levels.contains(level) ? recordedAt : null);
          }
        });
    jdbc.sql(
            "insert into equipment_coverage (equipment_id, routine_ts, functional_ts,"
                + " structural_ts) values "
                + rows(satisfied.size(), "?, ?::timestamptz, ?::timestamptz, ?::timestamptz")
                + " on conflict (equipment_id) do update"
                + " set routine_ts = greatest(equipment_coverage.routine_ts, excluded.routine_ts),"
                + " functional_ts = greatest(equipment_coverage.functional_ts,"
                + " excluded.functional_ts),"
                + " structural_ts = greatest(equipment_coverage.structural_ts,"
                + " excluded.structural_ts)")
        .params(params.toArray())
        .update();
    months.add(recordedAt, satisfied);
  }

  private void evidence(Patrol patrol) {
    List<Object> params = new ArrayList<>();
    for (int position = 0; position < patrol.inspections().size(); position++) {
      for (String hash : patrol.inspections().get(position).photoHashes()) {
        Collections.addAll(params, hash, patrol.id(), position);
      }
    }
    if (params.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into evidence (sha256, record_kind, record_id, position) values "
                + rows(params.size() / 3, "?, 'patrol', ?, ?")
                + " on conflict do nothing")
        .params(params.toArray())
        .update();
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }

  /** {@code count} rows of the template for a multi-row {@code values} list. */
  static String rows(int count, String template) {
    return String.join(", ", Collections.nCopies(count, "(" + template + ")"));
  }
}
