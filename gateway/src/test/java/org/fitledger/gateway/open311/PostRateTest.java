package org.fitledger.gateway.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PostRateTest {
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return Instant.ofEpochMilli(now.get());
        }
      };

  private int taken(PostRate rate, String client, String address, int tries) {
    int taken = 0;
    for (int i = 0; i < tries; i++) {
      taken += rate.take(client, address) ? 1 : 0;
    }
    return taken;
  }

  @Test
  void a_sender_files_its_allowance_at_once_then_one_each_share_of_the_minute() {
    PostRate rate = new PostRate(20, clock);

    assertThat(taken(rate, "app", "10.0.0.1", 30)).isEqualTo(20);
    now.addAndGet(3_000);
    assertThat(taken(rate, "app", "10.0.0.1", 5)).isEqualTo(1);
    now.addAndGet(600_000);
    assertThat(taken(rate, "app", "10.0.0.1", 30)).isEqualTo(20);
  }

  @Test
  void senders_have_allowances_of_their_own() {
    PostRate rate = new PostRate(2, clock);

    assertThat(taken(rate, "app", "10.0.0.1", 5)).isEqualTo(2);
    assertThat(taken(rate, "app", "10.0.0.2", 5)).isEqualTo(2);
    assertThat(taken(rate, "other-app", "10.0.0.1", 5)).isEqualTo(2);
  }
}
