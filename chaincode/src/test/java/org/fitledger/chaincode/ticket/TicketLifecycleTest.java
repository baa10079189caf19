package org.fitledger.chaincode.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.time.Duration;
import java.time.Instant;
import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.people.NextActor;
import org.fitledger.model.ticket.Deadlines;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.ticket.TicketState;
import org.junit.jupiter.api.Test;

class TicketLifecycleTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;
  private final Instant opened = ledger.now();

  private Ticket ticket(String id) {
    return world.json.decodeStored(
        ledger.stored(RecordKind.TICKET, id).orElseThrow(), Ticket.class);
  }

  private void later(Duration duration) {
    ledger.at(opened.plus(duration));
  }

  @Test
  void runs_a_critical_ticket_through_rework_to_closed_with_one_event_per_step() {
    world.openTicket("T-1", "CRITICAL");
    world.advance("T-1", "ack");
    assertThat(ledger.lastEvent().name()).isEqualTo("TicketAcknowledged");
    world.advance("T-1", "safe");
    assertThat(ledger.lastEvent().name()).isEqualTo("TicketMadeSafe");
    world.advance("T-1", "repair");
    assertThat(ledger.lastEvent().name()).isEqualTo("TicketRepaired");
    assertThat(ledger.policy(RecordKind.TICKET, "T-1")).contains(NextActor.INSPECTOR);
    world.advance("T-1", "reject");
    assertThat(ledger.lastEvent().name()).isEqualTo("TicketRejected");
    assertThat(ledger.policy(RecordKind.TICKET, "T-1")).contains(NextActor.CONTRACTOR);
    world.advance("T-1", "repair", "accept");
    assertThat(ledger.lastEvent().name()).isEqualTo("TicketClosed");

    Ticket closed = ticket("T-1");
    assertThat(closed.state()).isEqualTo(TicketState.CLOSED);
    assertThat(closed.rework()).isEqualTo(1);
    assertThat(closed.madeSafe()).isTrue();
    assertThat(closed.steps())
        .extracting(Step::action)
        .containsExactly(
            StepAction.OPEN,
            StepAction.ACKNOWLEDGE,
            StepAction.MAKE_SAFE,
            StepAction.REPAIR,
            StepAction.REJECT,
            StepAction.REPAIR,
            StepAction.ACCEPT);
    assertThat(ledger.policy(RecordKind.TICKET, "T-1")).contains(NextActor.NONE);
  }

  @Test
  void records_each_contractor_step_as_on_time_up_to_and_including_its_deadline() {
    world.openTicket("T-1", "CRITICAL");
    later(Duration.ofHours(4));
    world.advance("T-1", "ack");
    later(Duration.ofHours(24).plusMillis(1));
    world.advance("T-1", "safe");
    later(Duration.ofHours(72));
    world.advance("T-1", "repair");

    assertThat(ticket("T-1").steps())
        .extracting(Step::onTime)
        .containsExactly(null, true, false, true);
  }

  @Test
  void records_a_late_repair_as_late_and_the_rework_against_the_same_deadline() {
    world.openTicket("T-1", "MAJOR");
    world.advance("T-1", "ack", "repair", "reject");
    later(Duration.ofDays(8));
    world.advance("T-1", "repair");

    Ticket ticket = ticket("T-1");
    assertThat(ticket.steps().get(4).onTime()).isFalse();
    assertThat(ticket.steps().get(2).onTime()).isTrue();
    assertThat(ticket.deadlines().repair()).isEqualTo("2026-11-28T10:15:30.123Z");
  }

  @Test
  void lets_a_non_critical_ticket_be_repaired_straight_after_acknowledgement() {
    world.openTicket("T-1", "MINOR");

    assertThat(world.advance("T-1", "ack", "repair")).contains("\"state\":\"REPAIRED\"");
  }

  @Test
  void refuses_to_make_a_non_critical_ticket_safe() {
    world.openTicket("T-1", "MAJOR");
    world.advance("T-1", "ack");

    assertRefused(() -> world.advance("T-1", "safe"), ErrorCode.INVALID_TRANSITION)
        .hasMessage(
            "INVALID_TRANSITION: cannot make safe ticket T-1 in state ACKNOWLEDGED (severity MAJOR)");
  }

  @Test
  void refuses_to_repair_a_critical_ticket_before_it_is_made_safe_but_not_after_rework() {
    world.openTicket("T-1", "CRITICAL");
    world.advance("T-1", "ack");
    assertRefused(() -> world.advance("T-1", "repair"), ErrorCode.INVALID_TRANSITION);

    world.advance("T-1", "safe", "repair", "reject");
    assertThat(world.advance("T-1", "repair")).contains("\"state\":\"REPAIRED\"");
  }

  @Test
  void refuses_steps_out_of_order_and_changes_nothing() {
    world.openTicket("T-1", "MINOR");
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(() -> world.advance("T-1", "repair"), ErrorCode.INVALID_TRANSITION);
    assertRefused(() -> world.advance("T-1", "accept"), ErrorCode.INVALID_TRANSITION);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void answers_a_step_sent_again_after_it_committed_with_the_ticket_and_writes_nothing() {
    world.openTicket("T-1", "CRITICAL");
    for (String step : new String[] {"ack", "safe", "repair", "reject", "repair", "accept"}) {
      String first = world.advance("T-1", step);
      InMemoryLedger.Snapshot after = ledger.snapshot();
      later(Duration.ofMinutes(5));

      assertThat(world.advance("T-1", step)).as(step).isEqualTo(first);
      assertThat(ledger.snapshot()).as(step).isEqualTo(after);
    }
    assertThat(ticket("T-1").steps()).hasSize(7);
  }

  @Test
  void refuses_a_step_sent_again_once_another_step_or_another_request_came_after_it() {
    world.openTicket("T-1", "MINOR");
    world.advance("T-1", "ack");
    InMemoryLedger.Snapshot acknowledged = ledger.snapshot();

    assertRefused(
            () -> world.lifecycle.acknowledge(ledger.tx(CONTRACTOR), "T-1", "{\"note\":\"again\"}"),
            ErrorCode.INVALID_TRANSITION)
        .hasMessage(
            "INVALID_TRANSITION: cannot acknowledge ticket T-1 in state ACKNOWLEDGED (severity MINOR)");
    assertThat(ledger.snapshot()).isEqualTo(acknowledged);

    world.advance("T-1", "repair");
    assertRefused(() -> world.advance("T-1", "ack"), ErrorCode.INVALID_TRANSITION);
  }

  @Test
  void keeps_closed_and_cancelled_tickets_terminal() {
    world.openTicket("T-1", "MINOR");
    world.advance("T-1", "ack", "repair", "accept");
    world.openTicket("T-2", "MINOR");
    world.lifecycle.cancel(ledger.tx(SUPERVISOR), "T-2", "{\"reason\":\"duplicate\"}");
    assertThat(ledger.lastEvent().name()).isEqualTo("TicketCancelled");
    InMemoryLedger.Snapshot before = ledger.snapshot();

    for (String id : new String[] {"T-1", "T-2"}) {
      assertRefused(() -> world.advance(id, "ack"), ErrorCode.INVALID_TRANSITION);
      assertRefused(
          () -> world.lifecycle.cancel(ledger.tx(SUPERVISOR), id, "{\"reason\":\"x\"}"),
          ErrorCode.INVALID_TRANSITION);
      assertRefused(
          () ->
              world.lifecycle.reassign(
                  ledger.tx(SUPERVISOR), id, "{\"contractId\":\"C-1\",\"reason\":\"x\"}"),
          ErrorCode.INVALID_TRANSITION);
    }
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void reassigns_to_another_company_back_to_open_keeping_the_deadlines() {
    world.contracts.register(
        ledger.tx(SUPERVISOR), World.contractJson("C-2", "FIXRIGHT", "[\"SH\"]", "[]"));
    world.openTicket("T-1", "MAJOR");
    world.advance("T-1", "ack");
    Deadlines deadlines = ticket("T-1").deadlines();

    world.lifecycle.reassign(
        ledger.tx(SUPERVISOR), "T-1", "{\"contractId\":\"C-2\",\"reason\":\"idle\"}");

    Ticket reassigned = ticket("T-1");
    assertThat(reassigned.state()).isEqualTo(TicketState.OPEN);
    assertThat(reassigned.company()).isEqualTo("FIXRIGHT");
    assertThat(reassigned.contractId()).isEqualTo("C-2");
    assertThat(reassigned.deadlines()).isEqualTo(deadlines);
    assertThat(ledger.lastEvent().name()).isEqualTo("TicketReassigned");
    assertRefused(() -> world.advance("T-1", "ack"), ErrorCode.TICKET_NOT_FOUND);
  }

  @Test
  void fixes_the_deadlines_of_an_unassigned_ticket_at_its_first_reassignment() {
    world.equipment.register(ledger.tx(SUPERVISOR), World.equipmentJson("EQ-X", "SH/XH/AA/C01"));
    world.tickets.open(ledger.tx(SUPERVISOR), World.ticketJson("T-1", "EQ-X", "MINOR"));
    assertRefused(
        () -> world.lifecycle.acknowledge(ledger.tx(CONTRACTOR), "T-1", "{}"),
        ErrorCode.TICKET_NOT_FOUND);
    later(Duration.ofHours(5));

    world.lifecycle.reassign(
        ledger.tx(SUPERVISOR), "T-1", "{\"contractId\":\"C-1\",\"reason\":\"manual\"}");

    Ticket assigned = ticket("T-1");
    assertThat(assigned.company()).isEqualTo("GREENFIX");
    assertThat(assigned.slaVersion()).isEqualTo(1);
    assertThat(assigned.deadlines().acknowledge()).isEqualTo("2026-11-24T15:15:30.123Z");
  }

  @Test
  void refuses_a_reassignment_to_an_unknown_or_expired_contract() {
    world.openTicket("T-1", "MINOR");

    assertRefused(
        () ->
            world.lifecycle.reassign(
                ledger.tx(SUPERVISOR), "T-1", "{\"contractId\":\"C-9\",\"reason\":\"x\"}"),
        ErrorCode.CONTRACT_NOT_FOUND);
    ledger.at(Instant.parse("2028-06-01T00:00:00Z"));
    assertRefused(
            () ->
                world.lifecycle.reassign(
                    ledger.tx(SUPERVISOR), "T-1", "{\"contractId\":\"C-1\",\"reason\":\"x\"}"),
            ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: contract C-1 is not valid today");
  }

  @Test
  void requires_a_reason_to_reject_cancel_or_reassign_and_photos_to_repair() {
    world.openTicket("T-1", "MINOR");
    world.advance("T-1", "ack");

    assertRefused(
            () ->
                world.lifecycle.confirmRepair(ledger.tx(CONTRACTOR), "T-1", "{\"note\":\"done\"}"),
            ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: photoHashes must have 1..10 elements");
    world.advance("T-1", "repair");
    assertRefused(
            () -> world.lifecycle.verify(ledger.tx(INSPECTOR), "T-1", "{\"accepted\":false}"),
            ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: reason is required");
    assertRefused(
        () -> world.lifecycle.verify(ledger.tx(INSPECTOR), "T-1", "{\"accepted\":\"yes\"}"),
        ErrorCode.INVALID_INPUT);
    assertRefused(
        () -> world.lifecycle.cancel(ledger.tx(SUPERVISOR), "T-1", "{}"), ErrorCode.INVALID_INPUT);
    assertRefused(
        () -> world.lifecycle.reassign(ledger.tx(SUPERVISOR), "T-1", "{\"contractId\":\"C-1\"}"),
        ErrorCode.INVALID_INPUT);
  }

  @Test
  void returns_the_history_of_a_ticket_with_one_version_per_step() {
    world.openTicket("T-1", "MINOR");
    world.advance("T-1", "ack", "repair");

    String history = world.tickets.history(ledger.tx(SUPERVISOR), "T-1");

    assertThat(history.split("\"deleted\":false")).hasSize(4);
    assertThat(history).contains("\"txId\":\"tx3\"").contains("\"state\":\"REPAIRED\"");
  }
}
