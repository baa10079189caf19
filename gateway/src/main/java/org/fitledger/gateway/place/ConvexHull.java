package org.fitledger.gateway.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The convex hull of points on a plane, by Andrew's monotone chain.
 *
 * <p>{@code ConvexHull.of(List.of(p(0, 0), p(2, 0), p(1, 1), p(2, 2), p(0, 2)))} is {@code [(0,0),
 * (2,0), (2,2), (0,2)]}.
 */
final class ConvexHull {
  private ConvexHull() {}

  /**
   * The hull's corners counter-clockwise from the lowest-leftmost point, without repeated or
   * collinear points; one point for points that are all the same, two for points on one line.
   */
  static List<PlanePoint> of(Collection<PlanePoint> points) {
    List<PlanePoint> sorted =
        points.stream()
            .distinct()
            .sorted(Comparator.comparingDouble(PlanePoint::x).thenComparingDouble(PlanePoint::y))
            .toList();
    if (sorted.size() < 3) {
      return sorted;
    }
    List<PlanePoint> hull = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      int start = hull.size();
      for (int i = 0; i < sorted.size(); i++) {
        PlanePoint point = sorted.get(pass == 0 ? i : sorted.size() - 1 - i);
        while (hull.size() >= start + 2
            && hull.get(hull.size() - 2).turn(hull.get(hull.size() - 1), point) <= 0) {
          hull.remove(hull.size() - 1);
        }
        hull.add(point);
      }
      hull.remove(hull.size() - 1);
    }
    return hull;
  }
}
