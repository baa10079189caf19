package org.fitledger.gateway.equipment;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of table {@code equipment}. */
@Component
class EquipmentRepository {
  private final JdbcClient jdbc;

  EquipmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<EquipmentView> find(String id) {
    return jdbc.sql(
            "select id, type, site, status, registered_by, registered_at, tx_id, block_number"
                + " from equipment where id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new EquipmentView(
                    new Equipment(
                        rs.getString("id"),
                        rs.getString("type"),
                        rs.getString("site"),
                        rs.getString("status"),
                        rs.getString("registered_by"),
                        rs.getString("registered_at"),
                        rs.getString("tx_id")),
                    rs.getLong("block_number")))
        .optional();
  }

  void upsert(Equipment equipment, long blockNumber) {
    jdbc.sql(
            "insert into equipment"
                + " (id, type, site, status, registered_by, registered_at, tx_id, block_number)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (id) do update set type = excluded.type, site = excluded.site,"
                + " status = excluded.status, registered_by = excluded.registered_by,"
                + " registered_at = excluded.registered_at, tx_id = excluded.tx_id,"
                + " block_number = excluded.block_number")
        .params(
            equipment.id(),
            equipment.type(),
            equipment.site(),
            equipment.status(),
            equipment.registeredBy(),
            equipment.registeredAt(),
            equipment.txId(),
            blockNumber)
        .update();
  }
}
