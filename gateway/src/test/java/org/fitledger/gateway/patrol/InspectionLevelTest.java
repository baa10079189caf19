package org.fitledger.gateway.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InspectionLevelTest {

  @Test
  void an_inspection_satisfies_its_own_level_and_every_less_thorough_one() {
    assertThat(InspectionLevel.satisfiedBy("ROUTINE", "OK"))
        .containsExactly(InspectionLevel.ROUTINE);
    assertThat(InspectionLevel.satisfiedBy("FUNCTIONAL", "DEFECT"))
        .containsExactly(InspectionLevel.ROUTINE, InspectionLevel.FUNCTIONAL);
    assertThat(InspectionLevel.satisfiedBy("STRUCTURAL", "MISSING"))
        .containsExactly(InspectionLevel.values());
  }

  @Test
  void an_inspection_that_could_not_reach_the_equipment_or_of_no_known_level_satisfies_none() {
    assertThat(InspectionLevel.satisfiedBy("STRUCTURAL", "NOT_ACCESSIBLE")).isEmpty();
    assertThat(InspectionLevel.satisfiedBy(null, "OK")).isEmpty();
    assertThat(InspectionLevel.satisfiedBy("ROUTINE", null)).isEmpty();
  }

  @Test
  void a_level_is_satisfied_by_itself_and_every_more_thorough_one() {
    assertThat(InspectionLevel.ROUTINE.satisfiers()).containsExactly(InspectionLevel.values());
    assertThat(InspectionLevel.STRUCTURAL.satisfiers()).containsExactly(InspectionLevel.STRUCTURAL);
  }
}
