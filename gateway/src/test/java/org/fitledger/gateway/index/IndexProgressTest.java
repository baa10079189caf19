package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IndexProgressTest {

  @Test
  void a_projected_block_needs_no_wait() {
    IndexProgress progress = new IndexProgress(Duration.ofSeconds(5), new SimpleMeterRegistry());
    progress.projected(4);

    assertThat(progress.awaitProjected(3)).isTrue();
    assertThat(progress.awaitProjected(4)).isTrue();
  }

  @Test
  void gives_up_after_the_timeout() {
    IndexProgress progress = new IndexProgress(Duration.ofMillis(20), new SimpleMeterRegistry());
    progress.projected(4);

    assertThat(progress.awaitProjected(5)).isFalse();
  }

  @Test
  void waits_no_more_once_a_wait_ran_out_until_the_index_moves_again() {
    IndexProgress progress = new IndexProgress(Duration.ofSeconds(1), new SimpleMeterRegistry());
    progress.projected(4);
    assertThat(progress.awaitProjected(5)).isFalse();

    long start = System.nanoTime();
    assertThat(progress.awaitProjected(6)).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));

    progress.projected(5);
    start = System.nanoTime();
    assertThat(progress.awaitProjected(6)).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("a wait once the index moved again")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void wakes_the_waiter_when_its_block_is_projected() throws Exception {
    IndexProgress progress = new IndexProgress(Duration.ofSeconds(10), new SimpleMeterRegistry());
    CompletableFuture<Boolean> waiter =
        CompletableFuture.supplyAsync(() -> progress.awaitProjected(2));

    progress.projected(2);

    assertThat(waiter.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void never_moves_backwards() {
    IndexProgress progress = new IndexProgress(Duration.ofMillis(1), new SimpleMeterRegistry());
    progress.projected(9);
    progress.projected(3);

    assertThat(progress.awaitProjected(9)).isTrue();
  }

  @Test
  void times_each_write_that_became_visible_and_not_one_that_did_not() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    IndexProgress progress = new IndexProgress(Duration.ofMillis(30), meters);
    progress.projected(5);

    progress.awaitProjected(5);
    progress.awaitProjected(4);
    progress.awaitProjected(6);

    assertThat(meters.get(IndexProgress.VISIBILITY).timer().count()).isEqualTo(2);
  }
}
