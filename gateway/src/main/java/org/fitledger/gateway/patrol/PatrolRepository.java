package org.fitledger.gateway.patrol;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of tables {@code patrols}, {@code inspections} and the patrols' {@code evidence}. */
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
   * Writes the patrol, each inspection and each photo hash; a patrol never changes once written.
   */
  void upsert(JsonNode patrol, long blockNumber) {
    String id = RecordJson.text(patrol, "id");
    jdbc.sql(
            "insert into patrols (id, inspector, inspector_msp, recorded_at, tx_id, block_number,"
                + " record) values (?, ?, ?, ?, ?, ?, ?::json)"
                + " on conflict (id) do update set inspector = excluded.inspector,"
                + " inspector_msp = excluded.inspector_msp, recorded_at = excluded.recorded_at,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number,"
                + " record = excluded.record")
        .params(
            id,
            RecordJson.text(patrol, "inspector"),
            RecordJson.text(patrol, "inspectorMsp"),
            RecordJson.text(patrol, "recordedAt"),
            RecordJson.text(patrol, "txId"),
            blockNumber,
            RecordJson.write(patrol))
        .update();
    JsonNode inspections = patrol.get("inspections");
    if (inspections == null || inspections.isEmpty()) {
      return;
    }
    inspections(patrol, inspections);
    lastInspections(patrol, inspections, blockNumber);
    evidence(id, inspections);
  }

  /**
   * Writes every inspection, in one statement, with its patrol's time and inspector and its
   * equipment's district path as the index holds it.
   */
  private void inspections(JsonNode patrol, JsonNode inspections) {
    List<Object> params = new ArrayList<>();
    for (int position = 0; position < inspections.size(); position++) {
      JsonNode inspection = inspections.get(position);
      JsonNode defect = inspection.get("defect");
      JsonNode distance = inspection.get("distanceMeters");
      String equipmentId = RecordJson.text(inspection, "equipmentId");
      Collections.addAll(
          params,
          RecordJson.text(patrol, "id"),
          position,
          equipmentId,
          RecordJson.text(inspection, "level"),
          RecordJson.text(inspection, "condition"),
          RecordJson.text(inspection, "observedAt"),
          distance == null || distance.isNull() ? null : distance.decimalValue(),
          RecordJson.nullableFlag(inspection, "withinTolerance"),
          RecordJson.text(defect, "severity"),
          RecordJson.text(defect, "category"),
          RecordJson.text(patrol, "recordedAt"),
          RecordJson.text(patrol, "inspector"),
          RecordJson.text(patrol, "inspectorMsp"),
          equipmentId);
    }
    jdbc.sql(
            "insert into inspections (patrol_id, position, equipment_id, level, condition,"
                + " observed_at, distance_meters, within_tolerance, defect_severity,"
                + " defect_category, recorded_ts, inspector, inspector_msp, district_path)"
                + " values "
                + rows(
                    inspections.size(),
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?,"
                        + " (select e.district_path from equipment e where e.id = ?)")
                + " on conflict (patrol_id, position) do update"
                + " set equipment_id = excluded.equipment_id, level = excluded.level,"
                + " condition = excluded.condition, observed_at = excluded.observed_at,"
                + " distance_meters = excluded.distance_meters,"
                + " within_tolerance = excluded.within_tolerance,"
                + " defect_severity = excluded.defect_severity,"
                + " defect_category = excluded.defect_category,"
                + " recorded_ts = excluded.recorded_ts, inspector = excluded.inspector,"
                + " inspector_msp = excluded.inspector_msp, district_path = excluded.district_path")
        .params(params.toArray())
        .update();
  }

  /**
   * Makes each inspection the last one of every level it satisfies where it is later (by ledger
   * time, then patrol id and position) than the one kept, in one statement. A patrol inspects a
   * piece at most once; should it not, its later inspection counts.
   */
  private void lastInspections(JsonNode patrol, JsonNode inspections, long blockNumber) {
    String recordedAt = RecordJson.text(patrol, "recordedAt");
    if (recordedAt == null) {
      return;
    }
    Map<String, List<Object>> rows = new LinkedHashMap<>();
    for (int position = 0; position < inspections.size(); position++) {
      JsonNode inspection = inspections.get(position);
      String level = RecordJson.text(inspection, "level");
      String equipmentId = RecordJson.text(inspection, "equipmentId");
      for (InspectionLevel satisfied :
          InspectionLevel.satisfiedBy(level, RecordJson.text(inspection, "condition"))) {
        rows.put(
            equipmentId + " " + satisfied.name(),
            Arrays.asList(
                equipmentId,
                satisfied.name(),
                recordedAt,
                recordedAt,
                RecordJson.text(patrol, "id"),
                position,
                level,
                RecordJson.text(patrol, "inspector"),
                RecordJson.text(patrol, "inspectorMsp"),
                RecordJson.text(patrol, "txId"),
                blockNumber));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into last_inspections (equipment_id, level, recorded_ts, recorded_at,"
                + " patrol_id, position, inspected_level, inspector, inspector_msp, tx_id,"
                + " block_number) values "
                + rows(rows.size(), "?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?")
                + " on conflict (equipment_id, level) do update"
                + " set recorded_ts = excluded.recorded_ts, recorded_at = excluded.recorded_at,"
                + " patrol_id = excluded.patrol_id, position = excluded.position,"
                + " inspected_level = excluded.inspected_level, inspector = excluded.inspector,"
                + " inspector_msp = excluded.inspector_msp, tx_id = excluded.tx_id,"
                + " block_number = excluded.block_number"
                + " where (excluded.recorded_ts, excluded.patrol_id, excluded.position)"
                + " > (last_inspections.recorded_ts, last_inspections.patrol_id,"
                + " last_inspections.position)")
        .params(rows.values().stream().flatMap(List::stream).toArray())
        .update();
  }

  private void evidence(String patrolId, JsonNode inspections) {
    List<Object> params = new ArrayList<>();
    for (int position = 0; position < inspections.size(); position++) {
      JsonNode hashes = inspections.get(position).get("photoHashes");
      if (hashes != null) {
        for (JsonNode hash : hashes) {
          Collections.addAll(params, hash.asString(), patrolId, position);
        }
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

  /** {@code count} rows of the template for a multi-row {@code values} list. */
  static String rows(int count, String template) {
    return String.join(", ", Collections.nCopies(count, "(" + template + ")"));
  }
}
