package org.fitledger.gateway.patrol;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.EvidenceRows;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.query.ValuesRows;
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
    EvidenceRows.write(
        jdbc,
        EvidenceRows.Kind.PATROL,
        patrol.id(),
        patrol.inspections().stream().map(Inspection::photoHashes).toList());
  }

  /**
   * Writes every inspection, in one statement, with its patrol's time and inspector and its
   * equipment's district path as the index holds it. A patrol never changes once written: an
   * inspection already indexed is left as it is.
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
            "insert into inspections (patrol_id, position, equipment_id, level, condition,"
                + " observed_at, distance_meters, within_tolerance, defect_severity,"
                + " defect_category, recorded_ts, inspector, inspector_msp, district_path)"
                + " values "
                + ValuesRows.of(
                    inspections.size(),
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?,"
                        + " (select e.district_path from equipment e where e.id = ?)")
                + " on conflict (patrol_id, position) do nothing")
        .params(params.toArray())
        .update();
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
