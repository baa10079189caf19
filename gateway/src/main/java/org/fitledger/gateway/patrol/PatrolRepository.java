package org.fitledger.gateway.patrol;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
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
    if (inspections == null) {
      return;
    }
    for (int i = 0; i < inspections.size(); i++) {
      inspection(id, i, inspections.get(i));
    }
  }

  private void inspection(String patrolId, int position, JsonNode inspection) {
    JsonNode defect = inspection.get("defect");
    JsonNode distance = inspection.get("distanceMeters");
    jdbc.sql(
            "insert into inspections (patrol_id, position, equipment_id, level, condition,"
                + " observed_at, distance_meters, within_tolerance, defect_severity,"
                + " defect_category) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (patrol_id, position) do update"
                + " set equipment_id = excluded.equipment_id, level = excluded.level,"
                + " condition = excluded.condition, observed_at = excluded.observed_at,"
                + " distance_meters = excluded.distance_meters,"
                + " within_tolerance = excluded.within_tolerance,"
                + " defect_severity = excluded.defect_severity,"
                + " defect_category = excluded.defect_category")
        .params(
            patrolId,
            position,
            RecordJson.text(inspection, "equipmentId"),
            RecordJson.text(inspection, "level"),
            RecordJson.text(inspection, "condition"),
            RecordJson.text(inspection, "observedAt"),
            distance == null || distance.isNull() ? null : distance.decimalValue(),
            RecordJson.nullableFlag(inspection, "withinTolerance"),
            RecordJson.text(defect, "severity"),
            RecordJson.text(defect, "category"))
        .update();
    JsonNode hashes = inspection.get("photoHashes");
    if (hashes != null) {
      for (JsonNode hash : hashes) {
        jdbc.sql(
                "insert into evidence (sha256, record_kind, record_id, position)"
                    + " values (?, 'patrol', ?, ?) on conflict do nothing")
            .params(hash.asString(), patrolId, position)
            .update();
      }
    }
  }
}
