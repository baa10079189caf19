package org.fitledger.gateway.ticket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.index.EvidenceRows;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.gateway.query.ValuesRows;
import org.fitledger.model.ticket.Deadlines;
import org.fitledger.model.ticket.Source;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.Ticket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * How a ticket lands in SQL: each {@code ticket} record the ledger writes is read as the model's
 * {@link Ticket} and upserted into {@code tickets} (its columns, the step it waits for, its
 * contractor steps counted, and the record as the ledger wrote it), with the steps not yet indexed
 * in {@code ticket_steps} (a step keeps the block that first held it) and each step's photos in
 * {@code evidence}. A confirmed repair, for example, is the ticket in state REPAIRED with a new
 * REPAIR step: the row's state, repair count and first repair time change, and the step and its
 * photos are added.
 */
@Component
public class TicketProjection implements RecordProjection {
  private final JdbcClient jdbc;

  TicketProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The projection writing through a client of one's own, exactly as the indexer runs it: for bulk
   * loads of ledger records outside the indexer, such as the audit benchmark's.
   */
  public static RecordProjection over(JdbcClient jdbc) {
    return new TicketProjection(jdbc);
  }

  @Override
  public String kind() {
    return "ticket";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    Ticket ticket = RecordJson.decode(record, Ticket.class);
    upsert(ticket, RecordJson.write(record), event.blockNumber());
    steps(ticket, event.blockNumber());
    EvidenceRows.write(
        jdbc,
        EvidenceRows.Kind.TICKET,
        ticket.id(),
        ticket.steps().stream().map(Step::photoHashes).toList());
  }

  private void upsert(Ticket ticket, String record, long blockNumber) {
    Deadlines deadlines =
        ticket.deadlines() == null ? new Deadlines(null, null, null) : ticket.deadlines();
    Optional<NextStep> next = NextStep.of(ticket);
    StepTally tally = StepTally.of(ticket.steps());
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
            ticket.id(),
            ticket.equipmentId(),
            ticket.districtPath(),
            ticket.site(),
            name(ticket.severity()),
            name(ticket.category()),
            name(ticket.state()),
            ticket.company(),
            ticket.contractId(),
            ticket.slaVersion(),
            deadlines.acknowledge(),
            deadlines.makeSafe(),
            deadlines.repair(),
            ticket.rework(),
            ticket.madeSafe(),
            Optional.ofNullable(ticket.source()).map(Source::patrolId).orElse(null),
            ticket.openedBy(),
            ticket.openedAt(),
            ticket.txId(),
            blockNumber,
            record,
            ticket.openedAt(),
            deadlines.acknowledge(),
            deadlines.makeSafe(),
            deadlines.repair(),
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
  }

  /** Writes the steps not yet indexed, in one statement. */
  private void steps(Ticket ticket, long blockNumber) {
    List<Step> steps = ticket.steps();
    if (steps.isEmpty()) {
      return;
    }
    List<Object> params = new ArrayList<>();
    for (int position = 0; position < steps.size(); position++) {
      Step step = steps.get(position);
      Collections.addAll(
          params,
          ticket.id(),
          position,
          name(step.action()),
          step.by(),
          step.byMsp(),
          step.company(),
          step.at(),
          step.txId(),
          step.onTime(),
          step.note(),
          step.reason(),
          blockNumber,
          step.at());
    }
    jdbc.sql(
            "insert into ticket_steps (ticket_id, position, action, by_name, by_msp, company, at,"
                + " tx_id, on_time, note, reason, block_number, at_ts) values "
                + ValuesRows.of(steps.size(), "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz")
                + " on conflict (ticket_id, position) do nothing")
        .params(params.toArray())
        .update();
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
