package org.fitledger.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fitledger.model.people.Organization;
import org.fitledger.model.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketActionTest {

  @Test
  void a_contractor_acknowledges_an_open_ticket_and_nothing_else() {
    assertThat(TicketAction.allowedFor(Role.CONTRACTOR, TicketState.OPEN, Severity.MAJOR, false))
        .containsExactly(TicketAction.ACKNOWLEDGE);
  }

  @Test
  void a_critical_ticket_is_made_safe_before_its_repair_is_confirmed() {
    assertThat(
            TicketAction.allowedFor(
                Role.CONTRACTOR, TicketState.ACKNOWLEDGED, Severity.CRITICAL, false))
        .containsExactly(TicketAction.MAKE_SAFE);
    assertThat(
            TicketAction.allowedFor(
                Role.CONTRACTOR, TicketState.MADE_SAFE, Severity.CRITICAL, true))
        .containsExactly(TicketAction.CONFIRM_REPAIR);
  }

  @Test
  void
      a_critical_ticket_made_safe_and_then_rejected_may_be_repaired_without_making_it_safe_again() {
    assertThat(
            TicketAction.allowedFor(
                Role.CONTRACTOR, TicketState.ACKNOWLEDGED, Severity.CRITICAL, true))
        .containsExactly(TicketAction.MAKE_SAFE, TicketAction.CONFIRM_REPAIR);
  }

  @Test
  void a_major_or_minor_ticket_goes_from_acknowledged_straight_to_repair() {
    for (Severity severity : List.of(Severity.MAJOR, Severity.MINOR)) {
      assertThat(
              TicketAction.allowedFor(Role.CONTRACTOR, TicketState.ACKNOWLEDGED, severity, false))
          .containsExactly(TicketAction.CONFIRM_REPAIR);
    }
  }

  @Test
  void only_an_inspector_verifies_and_only_a_repaired_ticket() {
    for (TicketState state : TicketState.values()) {
      assertThat(TicketAction.allowedFor(Role.INSPECTOR, state, Severity.MINOR, false))
          .isEqualTo(state == TicketState.REPAIRED ? List.of(TicketAction.VERIFY) : List.of());
    }
  }

  @ParameterizedTest
  @EnumSource(TicketState.class)
  void a_supervisor_reassigns_or_cancels_any_ticket_still_open(TicketState state) {
    assertThat(TicketAction.allowedFor(Role.SUPERVISOR, state, Severity.CRITICAL, false))
        .isEqualTo(
            state.isOpen() ? List.of(TicketAction.REASSIGN, TicketAction.CANCEL) : List.of());
  }

  @ParameterizedTest
  @EnumSource(
      value = TicketState.class,
      names = {"CLOSED", "CANCELLED"})
  void nobody_may_do_anything_to_a_closed_or_cancelled_ticket(TicketState state) {
    for (Role role : Role.values()) {
      for (Severity severity : Severity.values()) {
        assertThat(TicketAction.allowedFor(role, state, severity, true)).isEmpty();
      }
    }
  }

  @Test
  void each_step_is_endorsed_by_the_authority_and_the_organizations_its_states_policies_name() {
    assertThat(TicketAction.ACKNOWLEDGE.endorsers())
        .containsExactly(Organization.AUTHORITY, Organization.CONTRACTOR);
    assertThat(TicketAction.CONFIRM_REPAIR.endorsers())
        .containsExactly(Organization.AUTHORITY, Organization.CONTRACTOR);
    assertThat(TicketAction.VERIFY.endorsers())
        .containsExactly(Organization.AUTHORITY, Organization.PATROL);
    assertThat(TicketAction.CANCEL.endorsers())
        .containsExactly(Organization.AUTHORITY, Organization.PATROL, Organization.CONTRACTOR);
  }

  @Test
  void the_awaited_step_is_the_furthest_the_company_may_take() {
    assertThat(TicketAction.awaited(TicketState.OPEN, Severity.CRITICAL, false))
        .contains(TicketAction.ACKNOWLEDGE);
    assertThat(TicketAction.awaited(TicketState.ACKNOWLEDGED, Severity.CRITICAL, false))
        .contains(TicketAction.MAKE_SAFE);
    assertThat(TicketAction.awaited(TicketState.ACKNOWLEDGED, Severity.CRITICAL, true))
        .contains(TicketAction.CONFIRM_REPAIR);
    assertThat(TicketAction.awaited(TicketState.REPAIRED, Severity.MAJOR, false)).isEmpty();
  }

  @Test
  void a_step_is_found_by_its_transaction() {
    for (TicketAction action : TicketAction.values()) {
      assertThat(TicketAction.ofTransaction(action.transaction())).contains(action);
    }
    assertThat(TicketAction.ofTransaction("recordPatrol")).isEmpty();
  }

  @Test
  void each_role_may_act_on_the_states_its_work_waits_in() {
    assertThat(TicketAction.actionableStates(Role.CONTRACTOR))
        .containsExactlyInAnyOrder(
            TicketState.OPEN, TicketState.ACKNOWLEDGED, TicketState.MADE_SAFE);
    assertThat(TicketAction.actionableStates(Role.INSPECTOR)).containsExactly(TicketState.REPAIRED);
    assertThat(TicketAction.actionableStates(Role.SUPERVISOR))
        .containsExactlyInAnyOrder(
            TicketState.OPEN,
            TicketState.ACKNOWLEDGED,
            TicketState.MADE_SAFE,
            TicketState.REPAIRED);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void a_ticket_in_an_actionable_state_offers_a_step_whatever_its_severity_and_safety(Role role) {
    for (TicketState state : TicketState.values()) {
      for (Severity severity : Severity.values()) {
        for (boolean madeSafe : new boolean[] {false, true}) {
          assertThat(TicketAction.allowedFor(role, state, severity, madeSafe).isEmpty())
              .as("%s %s %s made safe %s", role, state, severity, madeSafe)
              .isEqualTo(!TicketAction.actionableStates(role).contains(state));
        }
      }
    }
  }
}
