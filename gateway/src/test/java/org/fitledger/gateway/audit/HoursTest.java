package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HoursTest {

  @Test
  void faults_that_need_no_triage_take_no_hours_and_none_give_no_figure() {
    assertThat(Hours.immediate(3)).isEqualTo(new Hours(0.0, 0.0));
    assertThat(Hours.immediate(0)).isEqualTo(new Hours(null, null));
  }
}
