package org.fitledger.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static final Instant OPENED = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void deadlines_count_exact_hours_from_the_assignment_to_the_millisecond() {
    Deadlines deadlines =
        Deadlines.from(
            OPENED,
            new SlaTerms(new BigDecimal("0.0001"), new BigDecimal("1.5"), BigDecimal.valueOf(72)));

    assertThat(deadlines.acknowledge()).isEqualTo("2026-11-22T10:00:00.360Z");
    assertThat(deadlines.makeSafe()).isEqualTo("2026-11-22T11:30:00Z");
    assertThat(deadlines.repair()).isEqualTo("2026-11-25T10:00:00Z");
  }

  @Test
  void terms_without_make_safe_hours_give_no_make_safe_deadline() {
    Deadlines deadlines =
        Deadlines.from(OPENED, new SlaTerms(BigDecimal.ONE, null, BigDecimal.TEN));

    assertThat(deadlines.of(TicketAction.MAKE_SAFE)).isNull();
    assertThat(deadlines.of(TicketAction.CONFIRM_REPAIR)).isEqualTo("2026-11-22T20:00:00Z");
    assertThat(deadlines.of(TicketAction.VERIFY)).isNull();
  }
}
