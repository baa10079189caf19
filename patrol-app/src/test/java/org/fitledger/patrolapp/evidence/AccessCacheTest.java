package org.fitledger.patrolapp.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccessCacheTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final AccessCache cache = new AccessCache(Duration.ofSeconds(30), 2, now::get);

  @Test
  void remembers_a_confirmed_role_for_its_lifetime() {
    cache.remember("Bearer a", "inspector");
    now.addAndGet(Duration.ofSeconds(29).toNanos());

    assertThat(cache.role("Bearer a")).contains("inspector");
  }

  @Test
  void forgets_it_once_the_lifetime_is_over() {
    cache.remember("Bearer a", "inspector");
    now.addAndGet(Duration.ofSeconds(30).toNanos());

    assertThat(cache.role("Bearer a")).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void knows_nothing_of_other_credentials() {
    cache.remember("Bearer a", "inspector");

    assertThat(cache.role("Bearer b")).isEmpty();
    assertThat(cache.role("bearer a")).isEmpty();
  }

  @Test
  void holds_at_most_its_capacity_dropping_the_oldest() {
    cache.remember("Bearer a", "inspector");
    cache.remember("Bearer b", "contractor");
    cache.remember("Bearer c", "supervisor");

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.role("Bearer a")).isEmpty();
    assertThat(cache.role("Bearer b")).contains("contractor");
    assertThat(cache.role("Bearer c")).contains("supervisor");
  }
}
