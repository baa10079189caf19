package org.fitledger.gateway.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of tables {@code tickets}, {@code ticket_steps} and the tickets' {@code evidence}. */
@Component
class TicketRepository {
  private static final String SELECT =
      "select district_path, company, block_number, record::text as record from tickets";
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "openedAt", "t.opened_ts",
          "acknowledgeDeadline", "t.acknowledge_due",
          "repairDeadline", "t.repair_due",
          "nextDeadline", "t.next_due",
          "severity",
              "case t.severity when 'CRITICAL' then 3 when 'MAJOR' then 2 when 'MINOR' then 1 end");

  private final JdbcClient jdbc;

  TicketRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<IndexedTicket> find(String id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(TicketRepository::row).optional();
  }

  /**
   * One page of the tickets the person sees that match the search, each view with {@code
   * overdueStep}: the step it is overdue for at {@code now}, or null.
   */
  Paged<ObjectNode> search(TicketSearch search, Scope scope, Instant now) {
    Where where = visibleTo(scope);
    if (!search.states().isEmpty()) {
      where.andIn("t.state", search.states());
    }
    if (search.company() != null) {
      where.and("t.company = ?", search.company());
    }
    if (search.district() != null) {
      where.andWithin("t.district_path", List.of(search.district()));
    }
    if (search.overdue() != null) {
      where.and(
          search.overdue()
              ? "t.next_due < ?::timestamptz"
              : "(t.next_due is null or t.next_due >= ?::timestamptz)",
          now.toString());
    }
    if (search.equipmentId() != null) {
      where.and("t.equipment_id = ?", search.equipmentId());
    }
    if (search.period() != null) {
      where.and(
          "t.opened_ts >= ?::timestamptz and t.opened_ts < ?::timestamptz",
          search.period().from().toString(),
          search.period().to().toString());
    }
    long total =
        jdbc.sql("select count(*) from tickets t" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Object> params = new ArrayList<>();
    params.add(now.toString());
    params.addAll(where.params());
    params.add(search.page().size());
    params.add(search.page().offset());
    List<ObjectNode> items =
        jdbc.sql(
                "select t.block_number, t.record::text as record,"
                    + " case when t.next_due < ?::timestamptz then t.next_step end as overdue_step"
                    + " from tickets t"
                    + where.sql()
                    + " order by "
                    + SORT_COLUMNS.get(search.sort().key())
                    + " "
                    + search.sort().direction()
                    + " nulls last, t.id limit ? offset ?")
            .params(params)
            .query(
                (rs, row) -> {
                  ObjectNode view = RecordJson.read(rs.getString("record"));
                  view.put("blockNumber", rs.getLong("block_number"));
                  view.put("overdueStep", rs.getString("overdue_step"));
                  return TicketViews.forReader(view, scope);
                })
            .list();
    return Paged.of(items, search.page(), total);
  }

  /** The tickets a person sees, by the rules of {@link Scope#seesTicket}, as SQL on {@code t}. */
  static Where visibleTo(Scope scope) {
    Where where = new Where();
    if (scope.isContractor()) {
      return scope
          .contractorCompany()
          .map(company -> where.and("t.company = ?", company))
          .orElseGet(() -> where.and("false"));
    }
    return where.andWithin("t.district_path", scope.districts());
  }

  /** Writes the ticket and the steps not yet indexed; a step keeps the block that first held it. */
  void upsert(JsonNode ticket, long blockNumber) {
    String id = RecordJson.text(ticket, "id");
    JsonNode deadlines = ticket.get("deadlines");
    JsonNode source = ticket.get("source");
    Optional<NextStep> next = NextStep.of(ticket);
    StepTally tally = StepTally.of(ticket.get("steps"));
    jdbc.sql(
            "insert into tickets (id, equipment_id, district_path, site, severity, category,"
                + " state, company, contract_id, sla_version, acknowledge_deadline,"
                + " make_safe_deadline, repair_deadline, rework, made_safe, source_patrol_id,"
                + " opened_by, opened_at, tx_id, block_number, record, opened_ts, acknowledge_due,"
                + " make_safe_due, repair_due, next_step, next_due, acknowledge_steps,"
                + " acknowledge_on_time, make_safe_steps, make_safe_on_time, repair_steps,"
                + " repair_on_time, first_acknowledged_ts, first_repaired_ts)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json,"
                + " ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?,"
                + " ?::timestamptz, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)"
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
                + " record = excluded.record, opened_ts = excluded.opened_ts,"
                + " acknowledge_due = excluded.acknowledge_due,"
                + " make_safe_due = excluded.make_safe_due, repair_due = excluded.repair_due,"
                + " next_step = excluded.next_step, next_due = excluded.next_due,"
                + " acknowledge_steps = excluded.acknowledge_steps,"
                + " acknowledge_on_time = excluded.acknowledge_on_time,"
                + " make_safe_steps = excluded.make_safe_steps,"
                + " make_safe_on_time = excluded.make_safe_on_time,"
                + " repair_steps = excluded.repair_steps, repair_on_time = excluded.repair_on_time,"
                + " first_acknowledged_ts = excluded.first_acknowledged_ts,"
                + " first_repaired_ts = excluded.first_repaired_ts")
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
            RecordJson.write(ticket),
            RecordJson.text(ticket, "openedAt"),
            RecordJson.text(deadlines, "acknowledge"),
            RecordJson.text(deadlines, "makeSafe"),
            RecordJson.text(deadlines, "repair"),
            next.map(NextStep::step).orElse(null),
            next.map(NextStep::deadline).orElse(null),
            tally.acknowledgements(),
            tally.acknowledgementsOnTime(),
            tally.madeSafe(),
            tally.madeSafeOnTime(),
            tally.repairs(),
            tally.repairsOnTime(),
            tally.firstAcknowledgedAt(),
            tally.firstRepairedAt())
        .update();
    JsonNode steps = ticket.get("steps");
    if (steps == null || steps.isEmpty()) {
      return;
    }
    steps(id, steps, blockNumber);
    evidence(id, steps);
  }

  /** Writes the steps not yet indexed, in one statement. */
  private void steps(String ticketId, JsonNode steps, long blockNumber) {
    List<Object> params = new ArrayList<>();
    for (int position = 0; position < steps.size(); position++) {
      JsonNode step = steps.get(position);
      Collections.addAll(
          params,
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
          blockNumber,
          RecordJson.text(step, "at"));
    }
    jdbc.sql(
            "insert into ticket_steps (ticket_id, position, action, by_name, by_msp, company, at,"
                + " tx_id, on_time, note, reason, block_number, at_ts) values "
                + rows(steps.size(), "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz")
                + " on conflict (ticket_id, position) do nothing")
        .params(params.toArray())
        .update();
  }

  private void evidence(String ticketId, JsonNode steps) {
    List<Object> params = new ArrayList<>();
    for (int position = 0; position < steps.size(); position++) {
      JsonNode hashes = steps.get(position).get("photoHashes");
      if (hashes != null) {
        for (JsonNode hash : hashes) {
          Collections.addAll(params, hash.asString(), ticketId, position);
        }
      }
    }
    if (params.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into evidence (sha256, record_kind, record_id, position) values "
                + rows(params.size() / 3, "?, 'ticket', ?, ?")
                + " on conflict do nothing")
        .params(params.toArray())
        .update();
  }

  private static String rows(int count, String template) {
    return String.join(", ", Collections.nCopies(count, "(" + template + ")"));
  }

  private static IndexedTicket row(ResultSet rs, int row) throws SQLException {
    ObjectNode view = RecordJson.read(rs.getString("record"));
    view.put("blockNumber", rs.getLong("block_number"));
    return new IndexedTicket(view, rs.getString("district_path"), rs.getString("company"));
  }
}
