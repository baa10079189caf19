package org.fitledger.chaincode.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HaversineTest {

  @Test
  void is_zero_for_the_same_position() {
    assertThat(Haversine.distanceMeters(31.2304, 121.4737, 31.2304, 121.4737)).isZero();
  }

  @Test
  void measures_one_degree_of_latitude_as_about_111_2_km() {
    assertThat(Haversine.distanceMeters(0, 0, 1, 0)).isEqualTo(111195.1);
  }

  @Test
  void rounds_to_a_tenth_of_a_meter() {
    assertThat(Haversine.distanceMeters(31.2304, 121.4737, 31.2310, 121.4737)).isEqualTo(66.7);
  }

  @Test
  void measures_half_the_circumference_between_antipodes() {
    assertThat(Haversine.distanceMeters(0, 0, 0, 180)).isEqualTo(20015114.4);
  }
}
