package org.fitledger.gateway.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.fitledger.model.ticket.Deadlines;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.TicketState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextStepTest {
  private static final String ACK = "2026-11-21T14:00:00Z";
  private static final String SAFE = "2026-11-22T10:00:00Z";
  private static final String REPAIR = "2026-11-24T10:00:00Z";
  private static final Deadlines DEADLINES = new Deadlines(ACK, SAFE, REPAIR);

  @ParameterizedTest(name = "{0} {1} made safe {2} -> {3}")
  @CsvSource({
    "OPEN, MAJOR, false, acknowledge, " + ACK,
    "OPEN, CRITICAL, false, acknowledge, " + ACK,
    "ACKNOWLEDGED, CRITICAL, false, makeSafe, " + SAFE,
    "ACKNOWLEDGED, CRITICAL, true, repair, " + REPAIR,
    "ACKNOWLEDGED, MAJOR, false, repair, " + REPAIR,
    "ACKNOWLEDGED, MINOR, false, repair, " + REPAIR,
    "MADE_SAFE, CRITICAL, true, repair, " + REPAIR
  })
  void a_ticket_waiting_for_its_contractor_waits_for_the_step_its_state_and_severity_name(
      TicketState state, Severity severity, boolean madeSafe, String step, String deadline) {
    assertThat(NextStep.of(state, severity, madeSafe, DEADLINES))
        .contains(new NextStep(step, deadline));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"REPAIRED", "CLOSED", "CANCELLED"})
  void a_ticket_awaiting_verification_or_finished_waits_for_no_contractor_step(TicketState state) {
    assertThat(NextStep.of(state, Severity.CRITICAL, true, DEADLINES)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"OPEN", "ACKNOWLEDGED", "MADE_SAFE"})
  void a_ticket_without_deadlines_is_never_overdue(TicketState state) {
    assertThat(NextStep.of(state, Severity.MAJOR, false, null)).isEqualTo(Optional.empty());
  }
}
