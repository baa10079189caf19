package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  @Test
  void waits_10_s_30_s_2_min_10_min_30_min_then_an_hour_until_the_last_attempt() {
    RetrySchedule schedule = new RetrySchedule(8);
    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; schedule.after(attempt).isPresent(); attempt++) {
      waits.add(schedule.after(attempt).get());
    }
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(1));
  }

  @Test
  void gives_up_after_the_last_attempt() {
    assertThat(new RetrySchedule(3).after(3)).isEmpty();
    assertThat(new RetrySchedule(3).after(4)).isEmpty();
    assertThat(new RetrySchedule(1).after(1)).isEmpty();
  }

  @Property
  void never_waits_less_than_before_nor_more_than_the_cap(
      @ForAll @IntRange(min = 2, max = 100) int maxAttempts) {
    RetrySchedule schedule = new RetrySchedule(maxAttempts);
    Duration previous = Duration.ZERO;
    for (int attempt = 1; attempt < maxAttempts; attempt++) {
      Optional<Duration> wait = schedule.after(attempt);
      assertThat(wait).isPresent();
      assertThat(wait.get())
          .isGreaterThanOrEqualTo(previous)
          .isLessThanOrEqualTo(RetrySchedule.CAP);
      previous = wait.get();
    }
    assertThat(schedule.after(maxAttempts)).isEmpty();
  }

  @Test
  void refuses_no_attempts_and_attempt_zero() {
    assertThatThrownBy(() -> new RetrySchedule(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(3).after(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
