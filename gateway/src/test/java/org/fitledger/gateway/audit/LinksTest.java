package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void writes_the_parameters_in_order_leaving_out_null_ones() {
    assertThat(
            Links.to(
                "/api/v1/audit/coverage/overdue",
                "district",
                "SH/PD",
                "level",
                null,
                "at",
                "2026-11-22T10:00:00Z"))
        .isEqualTo("/api/v1/audit/coverage/overdue?district=SH/PD&at=2026-11-22T10:00:00Z");
    assertThat(Links.to("/api/v1/audit/sla/steps", "company", null))
        .isEqualTo("/api/v1/audit/sla/steps");
  }

  @Test
  void escapes_what_a_query_value_may_not_hold() {
    assertThat(Links.to("/x", "company", "Green & Fix", "inspector", "a+b=c"))
        .isEqualTo("/x?company=Green%20%26%20Fix&inspector=a%2Bb%3Dc");
  }
}
