package org.fitledger.gateway.patrol;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fitledger.gateway.index.EvidenceRows;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.query.ArrayColumns;
import org.fitledger.model.patrol.Inspection;
import org.fitledger.model.patrol.Patrol;
import org.fitledger.model.ticket.Defect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQL of tables {@code patrols}, {@code inspections} and the patrols' {@code evidence}. What a
 * patrol adds to the audit's figures is the audit's own projection ({@code audit/InspectionAudit}).
 */
@Component
class PatrolRepository {
  private final JdbcClient jdbc;

  PatrolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
   * A patrol to write.
   *
   * @param patrol the patrol as the model reads it
   * @param record the record as the ledger wrote it
   * @param blockNumber the block that holds it
   */
  record Stored(Patrol patrol, String record, long blockNumber) {}

  /**
   * Writes the patrols, each inspection and each photo hash, in one statement per table; a patrol
   * never changes once written. Written twice, a patrol's row is the last one's, as one upsert
   * after another would leave it.
   */
  void upsertAll(List<Stored> stored) {
    Map<String, Stored> byId = new LinkedHashMap<>();
    stored.forEach(s -> byId.put(s.patrol().id(), s));
    List<Stored> patrols = List.copyOf(byId.values());
    jdbc.sql(
            "insert into patrols (id, inspector, inspector_msp, recorded_at, tx_id, block_number,"
                + " record) select * from unnest(?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::bigint[], ?::json[])"
                + " on conflict (id) do update set inspector = excluded.inspector,"
                + " inspector_msp = excluded.inspector_msp, recorded_at = excluded.recorded_at,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number,"
                + " record = excluded.record")
        .params(
            column(patrols, s -> s.patrol().id()),
            column(patrols, s -> s.patrol().inspector()),
            column(patrols, s -> s.patrol().inspectorMsp()),
            column(patrols, s -> s.patrol().recordedAt()),
            column(patrols, s -> s.patrol().txId()),
            patrols.stream().map(Stored::blockNumber).toArray(Long[]::new),
            column(patrols, Stored::record))
        .update();
    inspections(patrols.stream().map(Stored::patrol).toList());
    Map<String, List<List<String>>> photos = new LinkedHashMap<>();
    patrols.forEach(
        s ->
            photos.put(
                s.patrol().id(),
                s.patrol().inspections().stream().map(Inspection::photoHashes).toList()));
    EvidenceRows.write(jdbc, EvidenceRows.Kind.PATROL, photos);
  }

  /** One text column of rows. */
  private static <T> String[] column(List<T> rows, Function<T, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }

  /**
   * Writes every inspection of the patrols, in one statement, with its patrol's time and inspector
   * and its equipment's district path as the index holds it. A patrol never changes once written:
   * an inspection already indexed is left as it is.
   */
  private void inspections(List<Patrol> patrols) {
    List<String[]> rows = new ArrayList<>();
    for (Patrol patrol : patrols) {
      List<Inspection> inspections = patrol.inspections();
      for (int position = 0; position < inspections.size(); position++) {
        Inspection inspection = inspections.get(position);
        Optional<Defect> defect = Optional.ofNullable(inspection.defect());
        rows.add(
            new String[] {
              patrol.id(),
              Integer.toString(position),
              inspection.equipmentId(),
              name(inspection.level()),
              name(inspection.condition()),
              inspection.observedAt(),
              BigDecimal.valueOf(inspection.distanceMeters()).toString(),
              Boolean.toString(inspection.withinTolerance()),
              defect.map(d -> name(d.severity())).orElse(null),
              defect.map(d -> name(d.category())).orElse(null),
              patrol.recordedAt(),
              patrol.inspector(),
              patrol.inspectorMsp()
            });
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into inspections (patrol_id, position, equipment_id, level, condition,"
                + " observed_at, distance_meters, within_tolerance, defect_severity,"
                + " defect_category, recorded_ts, inspector, inspector_msp, district_path)"
                + " select i.patrol_id, i.position::integer, i.equipment_id, i.level, i.condition,"
                + " i.observed_at, i.distance_meters::numeric, i.within_tolerance::boolean,"
                + " i.defect_severity, i.defect_category, i.recorded_ts::timestamptz, i.inspector,"
                + " i.inspector_msp, e.district_path"
                + " from unnest("
                + ArrayColumns.parameters(13)
                + ") as i (patrol_id, position, equipment_id, level, condition, observed_at,"
                + " distance_meters, within_tolerance, defect_severity, defect_category,"
                + " recorded_ts, inspector, inspector_msp)"
                + " left join equipment e on e.id = i.equipment_id"
                + " on conflict (patrol_id, position) do nothing")
        .params(ArrayColumns.of(rows))
        .update();
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
