package org.fitledger.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacedTest {
  private final Workload nothing =
      new Workload() {
        @Override
        public String name() {
          return "nothing";
        }

        @Override
        public Answer next(int client) {
          return new Answer(200, "{}");
        }
      };

  @Test
  void spaces_the_turns_evenly_at_its_rate() throws InterruptedException {
    Paced paced = new Paced(nothing, 200);
    long start = System.nanoTime();

    for (int i = 0; i < 41; i++) {
      paced.awaitTurn();
    }

    // 40 spacings of 5 ms after the first turn, which is at once.
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(seconds).isBetween(0.195, 5.0);
  }

  @Test
  void does_not_make_up_missed_turns_in_a_burst() throws InterruptedException {
    Paced paced = new Paced(nothing, 100);
    paced.awaitTurn();
    Thread.sleep(200);
    long start = System.nanoTime();

    paced.awaitTurn();
    paced.awaitTurn();

    // The first at once, the second a spacing (10 ms) later, not both at once.
    assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(9.0);
  }

  @Test
  void names_its_rate_and_refuses_none() {
    assertThat(new Paced(nothing, 42.5).name()).isEqualTo("nothing at 42.5/s");
    assertThatThrownBy(() -> new Paced(nothing, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
