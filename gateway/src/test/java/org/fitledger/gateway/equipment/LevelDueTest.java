package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fitledger.model.patrol.Level;
import org.junit.jupiter.api.Test;

class LevelDueTest {
  private static final Instant REGISTERED = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant INSPECTED = Instant.parse("2026-11-20T09:30:00.123456Z");

  @Test
  void a_level_never_inspected_is_due_from_the_registration() {
    assertThat(LevelDue.of(Level.ROUTINE, 7, null, REGISTERED))
        .contains(new LevelDue(Level.ROUTINE, Instant.parse("2026-11-01T08:00:00Z"), null));
  }

  @Test
  void a_level_inspected_is_due_its_interval_of_24_hour_days_after_the_last_inspection() {
    assertThat(LevelDue.of(Level.FUNCTIONAL, 30, INSPECTED, REGISTERED))
        .contains(
            new LevelDue(
                Level.FUNCTIONAL, Instant.parse("2026-12-20T09:30:00.123456Z"), INSPECTED));
  }

  @Test
  void a_level_without_an_interval_is_never_due() {
    assertThat(LevelDue.of(Level.STRUCTURAL, null, INSPECTED, REGISTERED)).isEmpty();
  }

  @Test
  void is_due_before_an_instant_only_when_strictly_earlier() {
    LevelDue due = LevelDue.of(Level.ROUTINE, 7, null, REGISTERED).orElseThrow();

    assertThat(due.dueBefore(Instant.parse("2026-11-01T08:00:00.000001Z"))).isTrue();
    assertThat(due.dueBefore(Instant.parse("2026-11-01T08:00:00Z"))).isFalse();
  }

  @Test
  void shows_level_due_time_and_last_inspection_or_null() {
    assertThat(LevelDue.of(Level.ROUTINE, 7, null, REGISTERED).orElseThrow().view())
        .hasToString(
            "{\"level\":\"ROUTINE\",\"dueAt\":\"2026-11-01T08:00:00Z\",\"lastInspectedAt\":null}");
  }
}
