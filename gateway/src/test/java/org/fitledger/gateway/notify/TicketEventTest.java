package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fitledger.model.ticket.Category;
import org.fitledger.model.ticket.Deadlines;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.ticket.TicketState;
import org.junit.jupiter.api.Test;

class TicketEventTest {
  private static final Deadlines DEADLINES =
      new Deadlines("2026-11-22T10:00:00Z", null, "2026-11-28T10:00:00Z");

  private static Step step(StepAction action, String at) {
    return new Step(
        action, "someone", "AuthorityMSP", null, at, "tx-" + at, null, null, null, null);
  }

  private static Ticket ticket(String company, TicketState state, StepAction... actions) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < actions.length; i++) {
      steps.add(step(actions[i], "2026-11-21T1" + i + ":00:00Z"));
    }
    return new Ticket(
        "T-1",
        "EQ-1",
        "SH/PD/C01",
        "Riverside park",
        Severity.MAJOR,
        Category.MECHANICAL,
        "loose bolt",
        null,
        "supervisor1",
        "2026-11-21T10:00:00Z",
        company,
        company == null ? null : "C-1",
        company == null ? null : 1,
        company == null ? null : DEADLINES,
        state,
        0,
        false,
        steps,
        "tx-last");
  }

  @Test
  void a_ticket_opened_for_a_company_tells_its_contractors_to_acknowledge() {
    TicketEvent event = TicketEvent.of(ticket("GREENFIX", TicketState.OPEN, StepAction.OPEN)).get();
    assertThat(event.key()).isEqualTo("ticket:T-1:step:0");
    assertThat(event.at()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    assertThat(event.notice().kind()).isEqualTo(NotificationKind.ASSIGNED);
    assertThat(event.notice().company()).isEqualTo("GREENFIX");
    assertThat(event.notice().step()).isEqualTo("acknowledge");
    assertThat(event.notice().due()).isEqualTo("2026-11-22T10:00:00Z");
  }

  @Test
  void a_ticket_no_contract_covers_tells_nobody() {
    assertThat(TicketEvent.of(ticket(null, TicketState.OPEN, StepAction.OPEN))).isEmpty();
  }

  @Test
  void a_reassignment_is_a_new_assignment_named_by_its_step() {
    TicketEvent event =
        TicketEvent.of(
                ticket(
                    "FIXRIGHT",
                    TicketState.OPEN,
                    StepAction.OPEN,
                    StepAction.ACKNOWLEDGE,
                    StepAction.REASSIGN))
            .get();
    assertThat(event.key()).isEqualTo("ticket:T-1:step:2");
    assertThat(event.notice().kind()).isEqualTo(NotificationKind.ASSIGNED);
    assertThat(event.notice().company()).isEqualTo("FIXRIGHT");
  }

  @Test
  void a_repair_awaits_verification_and_each_repair_is_its_own_event() {
    TicketEvent first =
        TicketEvent.of(
                ticket(
                    "GREENFIX",
                    TicketState.REPAIRED,
                    StepAction.OPEN,
                    StepAction.ACKNOWLEDGE,
                    StepAction.REPAIR))
            .get();
    TicketEvent again =
        TicketEvent.of(
                ticket(
                    "GREENFIX",
                    TicketState.REPAIRED,
                    StepAction.OPEN,
                    StepAction.ACKNOWLEDGE,
                    StepAction.REPAIR,
                    StepAction.REJECT,
                    StepAction.REPAIR))
            .get();
    assertThat(first.notice().kind()).isEqualTo(NotificationKind.AWAITS_VERIFICATION);
    assertThat(first.notice().step()).isEqualTo("verify");
    assertThat(first.notice().due()).isNull();
    assertThat(first.key()).isEqualTo("ticket:T-1:step:2");
    assertThat(again.key()).isEqualTo("ticket:T-1:step:4");
  }

  @Test
  void other_steps_tell_nobody() {
    assertThat(
            TicketEvent.of(
                ticket(
                    "GREENFIX", TicketState.ACKNOWLEDGED, StepAction.OPEN, StepAction.ACKNOWLEDGE)))
        .isEmpty();
    assertThat(
            TicketEvent.of(
                ticket(
                    "GREENFIX",
                    TicketState.CLOSED,
                    StepAction.OPEN,
                    StepAction.ACKNOWLEDGE,
                    StepAction.REPAIR,
                    StepAction.ACCEPT)))
        .isEmpty();
    assertThat(TicketEvent.of(ticket("GREENFIX", TicketState.OPEN))).isEmpty();
  }
}
