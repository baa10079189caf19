package org.fitledger.gateway.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.model.ticket.StepAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PublicRolesTest {

  @ParameterizedTest
  @CsvSource({
    "ACKNOWLEDGE, patrol, contractor",
    "MAKE_SAFE, patrol, contractor",
    "REPAIR, device, contractor",
    "ACCEPT, patrol, inspector",
    "REJECT, resident, inspector",
    "REASSIGN, patrol, supervisor",
    "CANCEL, patrol, supervisor",
    "OPEN, patrol, inspector",
    "OPEN, resident, inspector",
    "OPEN, device, device",
    "OPEN, supervisor, supervisor"
  })
  void names_the_role_behind_each_step(String action, String reportedBy, String role) {
    assertThat(PublicRoles.of(action, reportedBy)).isEqualTo(role);
  }

  @ParameterizedTest
  @EnumSource(StepAction.class)
  void knows_every_step_action(StepAction action) {
    assertThat(PublicRoles.of(action.name(), "patrol")).isNotEqualTo("unknown");
  }

  @Test
  void an_action_it_does_not_know_is_unknown_rather_than_a_guess() {
    assertThat(PublicRoles.of("TELEPORT", "patrol")).isEqualTo("unknown");
  }
}
