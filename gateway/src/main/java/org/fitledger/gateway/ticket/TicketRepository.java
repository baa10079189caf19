package org.fitledger.gateway.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of tables {@code tickets}, {@code ticket_steps} and the tickets' {@code evidence}. */
@Component
class TicketRepository {
  private static final String SELECT =
      "select district_path, company, block_number, record::text as record from tickets";

  private final JdbcClient jdbc;

  TicketRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<IndexedTicket> find(String id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(TicketRepository::row).optional();
  }

  List<IndexedTicket> ofEquipment(String equipmentId) {
    return jdbc.sql(SELECT + " where equipment_id = ? order by opened_at, id")
        .param(equipmentId)
        .query(TicketRepository::row)
        .list();
  }

  /** Writes the ticket and the steps not yet indexed; a step keeps the block that first held it. */
  void upsert(JsonNode ticket, long blockNumber) {
    String id = RecordJson.text(ticket, "id");
    JsonNode deadlines = ticket.get("deadlines");
    JsonNode source = ticket.get("source");
    jdbc.sql(
            "insert into tickets (id, equipment_id, district_path, site, severity, category,"
                + " state, company, contract_id, sla_version, acknowledge_deadline,"
                + " make_safe_deadline, repair_deadline, rework, made_safe, source_patrol_id,"
                + " opened_by, opened_at, tx_id, block_number, record)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json)"
                + " on conflict (id) do update set equipment_id = excluded.equipment_id,"
                + " district_path = excluded.district_path, site = excluded.site,"
                + " severity = excluded.severity, category = excluded.category,"
                + " state = excluded.state, company = excluded.company,"
                + " contract_id = excluded.contract_id, sla_version = excluded.sla_version,"
                + " acknowledge_deadline = excluded.acknowledge_deadline,"
                + " make_safe_deadline = excluded.make_safe_deadline,"
                + " repair_deadline = excluded.repair_deadline, rework = excluded.rework,"
                + " made_safe = excluded.made_safe, source_patrol_id = excluded.source_patrol_id,"
                + " opened_by = excluded.opened_by, opened_at = excluded.opened_at,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number,"
                + " record = excluded.record")
        .params(
            id,
            RecordJson.text(ticket, "equipmentId"),
            RecordJson.text(ticket, "districtPath"),
            RecordJson.text(ticket, "site"),
            RecordJson.text(ticket, "severity"),
            RecordJson.text(ticket, "category"),
            RecordJson.text(ticket, "state"),
            RecordJson.text(ticket, "company"),
            RecordJson.text(ticket, "contractId"),
            RecordJson.integer(ticket, "slaVersion"),
            RecordJson.text(deadlines, "acknowledge"),
            RecordJson.text(deadlines, "makeSafe"),
            RecordJson.text(deadlines, "repair"),
            RecordJson.integer(ticket, "rework") == null ? 0 : RecordJson.integer(ticket, "rework"),
            RecordJson.flag(ticket, "madeSafe"),
            RecordJson.text(source, "patrolId"),
            RecordJson.text(ticket, "openedBy"),
            RecordJson.text(ticket, "openedAt"),
            RecordJson.text(ticket, "txId"),
            blockNumber,
            RecordJson.write(ticket))
        .update();
    JsonNode steps = ticket.get("steps");
    if (steps == null) {
      return;
    }
    for (int i = 0; i < steps.size(); i++) {
      step(id, i, steps.get(i), blockNumber);
    }
  }

  private void step(String ticketId, int position, JsonNode step, long blockNumber) {
    jdbc.sql(
            "insert into ticket_steps (ticket_id, position, action, by_name, by_msp, company, at,"
                + " tx_id, on_time, note, reason, block_number)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (ticket_id, position) do nothing")
        .params(
            ticketId,
            position,
            RecordJson.text(step, "action"),
            RecordJson.text(step, "by"),
            RecordJson.text(step, "byMsp"),
            RecordJson.text(step, "company"),
            RecordJson.text(step, "at"),
            RecordJson.text(step, "txId"),
            RecordJson.nullableFlag(step, "onTime"),
            RecordJson.text(step, "note"),
            RecordJson.text(step, "reason"),
            blockNumber)
        .update();
    JsonNode hashes = step.get("photoHashes");
    if (hashes != null) {
      for (JsonNode hash : hashes) {
        jdbc.sql(
                "insert into evidence (sha256, record_kind, record_id, position)"
                    + " values (?, 'ticket', ?, ?) on conflict do nothing")
            .params(hash.asString(), ticketId, position)
            .update();
      }
    }
  }

  private static IndexedTicket row(ResultSet rs, int row) throws SQLException {
    ObjectNode view = RecordJson.read(rs.getString("record"));
    view.put("blockNumber", rs.getLong("block_number"));
    return new IndexedTicket(view, rs.getString("district_path"), rs.getString("company"));
  }
}
