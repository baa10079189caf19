package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SlaStepTest {

  @ParameterizedTest
  @EnumSource(SlaStep.class)
  void each_step_is_found_by_the_action_the_ledger_records_for_it(SlaStep step) {
    assertThat(SlaStep.ofAction(step.action())).isEqualTo(step);
  }

  @Test
  void a_rejection_is_listed_as_reject_and_an_acceptance_as_verify() {
    assertThat(SlaStep.ofAction("REJECT").apiName()).isEqualTo("reject");
    assertThat(SlaStep.ofAction("ACCEPT").apiName()).isEqualTo("verify");
    assertThatThrownBy(() -> SlaStep.ofAction("OPEN")).isInstanceOf(IllegalArgumentException.class);
  }
}
