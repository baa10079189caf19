package org.fitledger.gateway.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvexHullTest {
  private static PlanePoint p(double x, double y) {
    return new PlanePoint(x, y);
  }

  @Test
  void keeps_the_corners_counter_clockwise_and_drops_inner_and_collinear_points() {
    List<PlanePoint> points =
        List.of(p(1, 1), p(0, 0), p(2, 0), p(1, 0), p(2, 2), p(0, 2), p(0, 1), p(0.5, 1.5));

    assertThat(ConvexHull.of(points)).containsExactly(p(0, 0), p(2, 0), p(2, 2), p(0, 2));
  }

  @Test
  void answers_one_point_for_repeated_points_and_two_for_points_on_a_line() {
    assertThat(ConvexHull.of(List.of(p(3, 4), p(3, 4)))).containsExactly(p(3, 4));
    assertThat(ConvexHull.of(List.of(p(0, 0), p(2, 2), p(1, 1), p(3, 3))))
        .containsExactly(p(0, 0), p(3, 3));
    assertThat(ConvexHull.of(List.of())).isEmpty();
  }

  @Test
  void every_point_lies_inside_or_on_the_hull_and_every_corner_turns_left() {
    Random random = new Random(16);
    List<PlanePoint> points = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      points.add(p(random.nextGaussian() * 100, random.nextGaussian() * 40));
    }

    List<PlanePoint> hull = ConvexHull.of(points);

    assertThat(hull).hasSizeGreaterThan(3);
    for (int i = 0; i < hull.size(); i++) {
      PlanePoint a = hull.get(i);
      PlanePoint b = hull.get((i + 1) % hull.size());
      PlanePoint c = hull.get((i + 2) % hull.size());
      assertThat(a.turn(b, c)).as("corner %s", b).isPositive();
      assertThat(points).allSatisfy(q -> assertThat(a.turn(b, q)).isGreaterThanOrEqualTo(-1e-9));
    }
  }
}
