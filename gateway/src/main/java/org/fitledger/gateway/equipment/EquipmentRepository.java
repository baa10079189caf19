package org.fitledger.gateway.equipment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of table {@code equipment}. */
@Component
class EquipmentRepository {
  // An open CRITICAL ticket that was made safe takes the equipment out of service.
  private static final String SELECT =
      "select e.district_path, e.retired, e.block_number, e.record::text as record,"
          + " exists (select 1 from tickets t where t.equipment_id = e.id"
          + " and t.severity = 'CRITICAL' and t.made_safe"
          + " and t.state in ('OPEN', 'ACKNOWLEDGED', 'MADE_SAFE', 'REPAIRED'))"
          + " as out_of_service,"
          + " array(select distinct t.company from tickets t where t.equipment_id = e.id"
          + " and t.company is not null) as companies"
          + " from equipment e";

  private final JdbcClient jdbc;

  EquipmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<IndexedEquipment> find(String id) {
    return jdbc.sql(SELECT + " where e.id = ?").param(id).query(this::row).optional();
  }

  /** Equipment whose district path the prefix covers, by id. */
  List<IndexedEquipment> inDistrict(String prefix) {
    return jdbc.sql(SELECT + " where e.district_path = ? or e.district_path like ? order by e.id")
        .param(prefix)
        .param(prefix + "/%")
        .query(this::row)
        .list();
  }

  void upsert(JsonNode equipment, long blockNumber) {
    jdbc.sql(
            "insert into equipment"
                + " (id, type, site, district_path, retired, tx_id, block_number, record)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?::json)"
                + " on conflict (id) do update set type = excluded.type, site = excluded.site,"
                + " district_path = excluded.district_path, retired = excluded.retired,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number,"
                + " record = excluded.record")
        .params(
            RecordJson.text(equipment, "id"),
            RecordJson.text(equipment, "type"),
            RecordJson.text(equipment, "site"),
            RecordJson.text(equipment, "districtPath"),
            RecordJson.flag(equipment, "retired"),
            RecordJson.text(equipment, "txId"),
            blockNumber,
            RecordJson.write(equipment))
        .update();
  }

  private IndexedEquipment row(ResultSet rs, int row) throws SQLException {
    ObjectNode view = RecordJson.read(rs.getString("record"));
    view.put(
        "status",
        EquipmentStatus.of(rs.getBoolean("retired"), rs.getBoolean("out_of_service")).name());
    view.put("blockNumber", rs.getLong("block_number"));
    Array companies = rs.getArray("companies");
    return new IndexedEquipment(
        view,
        rs.getString("district_path"),
        companies == null ? List.of() : Arrays.asList((String[]) companies.getArray()));
  }
}
