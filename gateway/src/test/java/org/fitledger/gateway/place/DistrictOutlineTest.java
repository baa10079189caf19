package org.fitledger.gateway.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictOutlineTest {
  // Metres per degree of latitude on the sphere the outline uses.
  private static final double METRES = 6_371_008.8 * Math.PI / 180;

  @Test
  void outlines_one_machine_by_a_closed_polygon_about_50_m_around_it_labelled_at_the_machine() {
    LonLat machine = new LonLat(121.4737, 31.2304);

    DistrictOutline outline = DistrictOutline.of("SH/PD", List.of(machine));

    assertThat(outline.district()).isEqualTo("SH/PD");
    assertThat(outline.machines()).isEqualTo(1);
    assertThat(outline.ring()).hasSize(DistrictOutline.CIRCLE_CORNERS + 1);
    assertThat(outline.ring().get(0)).isEqualTo(outline.ring().get(outline.ring().size() - 1));
    for (LonLat corner : outline.ring()) {
      assertThat(metres(machine, corner)).isBetween(50.0, 52.0);
    }
    assertThat(outline.label().latitude()).isCloseTo(machine.latitude(), within(1e-9));
    assertThat(outline.label().longitude()).isCloseTo(machine.longitude(), within(1e-9));
  }

  @Test
  void keeps_at_least_50_m_from_every_machine_and_labels_a_rectangle_at_its_middle() {
    List<LonLat> corners =
        List.of(
            new LonLat(121.40, 31.20),
            new LonLat(121.42, 31.20),
            new LonLat(121.42, 31.21),
            new LonLat(121.40, 31.21),
            new LonLat(121.41, 31.205));

    DistrictOutline outline = DistrictOutline.of("SH/PD/ZJ", corners);

    assertThat(outline.machines()).isEqualTo(5);
    assertThat(outline.label().longitude()).isCloseTo(121.41, within(1e-6));
    assertThat(outline.label().latitude()).isCloseTo(31.205, within(1e-6));
    for (LonLat machine : corners) {
      for (LonLat corner : outline.ring()) {
        assertThat(metres(machine, corner)).isGreaterThanOrEqualTo(50.0 - 1e-6);
      }
    }
    // The padding adds about 50 m on each side and no more.
    double west = outline.ring().stream().mapToDouble(LonLat::longitude).min().orElseThrow();
    double metresWest = (121.40 - west) * METRES * Math.cos(Math.toRadians(31.205));
    assertThat(metresWest).isBetween(50.0, 52.0);
  }

  @Test
  void refuses_a_district_without_positions() {
    assertThatThrownBy(() -> DistrictOutline.of("SH", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SH");
  }

  /** Equirectangular distance, good to well under a metre at these scales. */
  private static double metres(LonLat a, LonLat b) {
    double east =
        (b.longitude() - a.longitude())
            * METRES
            * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
    double north = (b.latitude() - a.latitude()) * METRES;
    return Math.hypot(east, north);
  }
}
