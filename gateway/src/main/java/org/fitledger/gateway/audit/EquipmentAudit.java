package org.fitledger.gateway.audit;

import java.util.Optional;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.equipment.InspectionIntervals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What coverage keeps of each piece of equipment, from its record: where it stands, when it was
 * registered, whether it is retired, and its inspection intervals, in {@code equipment_coverage}.
 * The inspection times kept there are the patrols' ({@link PatrolAudit}) and are left as they are.
 */
@Component
public class EquipmentAudit implements RecordProjection {
  private final JdbcClient jdbc;

  EquipmentAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The projection writing through a client of one's own, for bulk loads outside the indexer. */
  public static RecordProjection over(JdbcClient jdbc) {
    return new EquipmentAudit(jdbc);
  }

  @Override
  public String kind() {
    return "equipment";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    Equipment equipment = RecordJson.decode(record, Equipment.class);
    Optional<InspectionIntervals> intervals = Optional.ofNullable(equipment.inspectionIntervals());
    jdbc.sql(
            "insert into equipment_coverage (equipment_id, district_path, registered_ts, retired,"
                + " routine_days, functional_days, structural_days)"
                + " values (?, ?, ?::timestamptz, ?, ?, ?, ?)"
                + " on conflict (equipment_id) do update set district_path = excluded.district_path,"
                + " registered_ts = excluded.registered_ts, retired = excluded.retired,"
                + " routine_days = excluded.routine_days,"
                + " functional_days = excluded.functional_days,"
                + " structural_days = excluded.structural_days")
        .params(
            equipment.id(),
            equipment.districtPath(),
            equipment.registeredAt(),
            equipment.retired(),
            intervals.map(InspectionIntervals::routine).orElse(null),
            intervals.map(InspectionIntervals::functional).orElse(null),
            intervals.map(InspectionIntervals::structural).orElse(null))
        .update();
  }
}
