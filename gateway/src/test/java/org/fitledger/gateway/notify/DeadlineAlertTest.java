package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DeadlineAlertTest {
  private static final Instant OPENED = Instant.parse("2026-11-21T00:00:00Z");
  private static final Instant DUE = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void a_deadline_ten_hours_away_is_near_from_the_eighth_hour() {
    Instant near = Instant.parse("2026-11-21T08:00:00Z");
    assertThat(DeadlineAlert.nearPoint(OPENED, DUE)).isEqualTo(near);
    assertThat(DeadlineAlert.at(OPENED, DUE, near.minusMillis(1))).isEmpty();
    assertThat(DeadlineAlert.at(OPENED, DUE, near))
        .contains(new DeadlineAlert(NotificationKind.DEADLINE_NEAR, near));
    assertThat(DeadlineAlert.at(OPENED, DUE, DUE.minusMillis(1)))
        .contains(new DeadlineAlert(NotificationKind.DEADLINE_NEAR, near));
  }

  @Test
  void a_deadline_is_missed_from_its_instant_on() {
    assertThat(DeadlineAlert.at(OPENED, DUE, DUE))
        .contains(new DeadlineAlert(NotificationKind.DEADLINE_MISSED, DUE));
    assertThat(DeadlineAlert.at(OPENED, DUE, DUE.plus(Duration.ofDays(3))))
        .contains(new DeadlineAlert(NotificationKind.DEADLINE_MISSED, DUE));
  }

  @Test
  void the_72_hour_repair_of_a_critical_ticket_is_near_after_57_hours_36_minutes() {
    Instant due = OPENED.plus(Duration.ofHours(72));
    assertThat(Duration.between(OPENED, DeadlineAlert.nearPoint(OPENED, due)))
        .isEqualTo(Duration.ofHours(57).plusMinutes(36));
  }

  @Property
  void the_near_point_lies_four_fifths_of_the_way_to_the_deadline(
      @ForAll @LongRange(min = 0, max = 400L * 24 * 3600 * 1000) long millis) {
    Instant due = OPENED.plusMillis(millis);
    Instant near = DeadlineAlert.nearPoint(OPENED, due);
    long fromOpening = Duration.between(OPENED, near).toMillis();
    assertThat(fromOpening * 5).isBetween(millis * 4 - 4, millis * 4);
    assertThat(near).isBetween(OPENED, due);
  }

  @Test
  void a_deadline_before_the_opening_is_missed_not_near() {
    assertThat(DeadlineAlert.nearPoint(DUE, OPENED)).isEqualTo(OPENED);
    assertThat(DeadlineAlert.at(DUE, OPENED, DUE))
        .contains(new DeadlineAlert(NotificationKind.DEADLINE_MISSED, OPENED));
  }
}
