package org.fitledger.model.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelTest {

  @Test
  void an_inspection_satisfies_its_own_level_and_every_less_thorough_one() {
    assertThat(Level.satisfiedBy(Level.ROUTINE, Condition.OK)).containsExactly(Level.ROUTINE);
    assertThat(Level.satisfiedBy(Level.FUNCTIONAL, Condition.DEFECT))
        .containsExactly(Level.ROUTINE, Level.FUNCTIONAL);
    assertThat(Level.satisfiedBy(Level.STRUCTURAL, Condition.MISSING))
        .containsExactly(Level.values());
  }

  @Test
  void an_inspection_that_could_not_reach_the_equipment_or_of_no_known_level_satisfies_none() {
    assertThat(Level.satisfiedBy(Level.STRUCTURAL, Condition.NOT_ACCESSIBLE)).isEmpty();
    assertThat(Level.satisfiedBy(null, Condition.OK)).isEmpty();
    assertThat(Level.satisfiedBy(Level.ROUTINE, null)).isEmpty();
  }

  @Test
  void a_level_is_satisfied_by_itself_and_every_more_thorough_one() {
    assertThat(Level.ROUTINE.satisfiers()).containsExactly(Level.values());
    assertThat(Level.STRUCTURAL.satisfiers()).containsExactly(Level.STRUCTURAL);
  }
}
