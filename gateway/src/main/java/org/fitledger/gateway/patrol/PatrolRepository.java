package org.fitledger.gateway.patrol;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of table {@code patrols}. */
@Component
class PatrolRepository {
  private final JdbcClient jdbc;

  PatrolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PatrolView> find(String id) {
    return jdbc.sql(
            "select id, equipment_id, condition, note, inspector, inspector_msp, recorded_at,"
                + " tx_id, block_number from patrols where id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new PatrolView(
                    new Patrol(
                        rs.getString("id"),
                        rs.getString("equipment_id"),
                        rs.getString("condition"),
                        rs.getString("note"),
                        rs.getString("inspector"),
                        rs.getString("inspector_msp"),
                        rs.getString("recorded_at"),
                        rs.getString("tx_id")),
                    rs.getLong("block_number")))
        .optional();
  }

  void upsert(Patrol patrol, long blockNumber) {
    jdbc.sql(
            "insert into patrols (id, equipment_id, condition, note, inspector, inspector_msp,"
                + " recorded_at, tx_id, block_number) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (id) do update set equipment_id = excluded.equipment_id,"
                + " condition = excluded.condition, note = excluded.note,"
                + " inspector = excluded.inspector, inspector_msp = excluded.inspector_msp,"
                + " recorded_at = excluded.recorded_at, tx_id = excluded.tx_id,"
                + " block_number = excluded.block_number")
        .params(
            patrol.id(),
            patrol.equipmentId(),
            patrol.condition(),
            patrol.note(),
            patrol.inspector(),
            patrol.inspectorMsp(),
            patrol.recordedAt(),
            patrol.txId(),
            blockNumber)
        .update();
  }
}
