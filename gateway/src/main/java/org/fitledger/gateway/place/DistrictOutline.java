package org.fitledger.gateway.place;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline of one district: the convex hull of its machines' positions, padded by {@value
 * #PADDING_METRES} m on every side, and the point to put its label at (the outline's centroid).
 *
 * <p>{@code DistrictOutline.of("SH/PD", positions)} outlines one machine as a 16-sided polygon of
 * about 50 m radius around it, and two as a capsule.
 *
 * @param district the district path
 * @param machines how many machines it outlines
 * @param ring the outline's corners counter-clockwise, the first repeated at the end (as GeoJSON
 *     closes a ring)
 * @param label the outline's centroid
 */
record DistrictOutline(String district, int machines, List<LonLat> ring, LonLat label) {
  /** How far the outline keeps from every machine. */
  static final double PADDING_METRES = 50;

  /** The corners of the circle drawn around each corner of the hull. */
  static final int CIRCLE_CORNERS = 16;

  // Metres per degree of latitude (and of longitude at the equator), on a sphere of the mean
  // radius.
  private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

  /** Copies the ring. */
  DistrictOutline {
    ring = List.copyOf(ring);
  }

  /**
   * Outlines machines at these positions, on a plane tangent at their mean position (exact enough
   * for a district's few kilometres).
   *
   * @throws IllegalArgumentException without a position
   */
  static DistrictOutline of(String district, List<LonLat> positions) {
    if (positions.isEmpty()) {
      throw new IllegalArgumentException("no position to outline in " + district);
    }
    double latitude = positions.stream().mapToDouble(LonLat::latitude).average().orElseThrow();
    double longitude = positions.stream().mapToDouble(LonLat::longitude).average().orElseThrow();
    Plane plane = new Plane(longitude, latitude);
    List<PlanePoint> hull = ConvexHull.of(positions.stream().map(plane::project).toList());
    List<PlanePoint> padded = ConvexHull.of(padded(hull));
    List<LonLat> ring = new ArrayList<>(padded.stream().map(plane::unproject).toList());
    ring.add(ring.get(0));
    return new DistrictOutline(district, positions.size(), ring, plane.unproject(centroid(padded)));
  }

  /**
   * Each corner replaced by a polygon around it whose sides stay at least {@value #PADDING_METRES}
   * m away from it (its corners lie on a slightly larger circle).
   */
  private static List<PlanePoint> padded(List<PlanePoint> hull) {
    double radius = PADDING_METRES / Math.cos(Math.PI / CIRCLE_CORNERS);
    List<PlanePoint> points = new ArrayList<>();
    for (PlanePoint corner : hull) {
      for (int i = 0; i < CIRCLE_CORNERS; i++) {
        double angle = 2 * Math.PI * i / CIRCLE_CORNERS;
        points.add(
            new PlanePoint(
                corner.x() + radius * Math.cos(angle), corner.y() + radius * Math.sin(angle)));
      }
    }
    return points;
  }

  /** The centroid of a convex polygon's area (its corners counter-clockwise). */
  static PlanePoint centroid(List<PlanePoint> polygon) {
    double area = 0;
    double x = 0;
    double y = 0;
    for (int i = 0; i < polygon.size(); i++) {
      PlanePoint a = polygon.get(i);
      PlanePoint b = polygon.get((i + 1) % polygon.size());
      double cross = a.x() * b.y() - b.x() * a.y();
      area += cross;
      x += (a.x() + b.x()) * cross;
      y += (a.y() + b.y()) * cross;
    }
    return new PlanePoint(x / (3 * area), y / (3 * area));
  }

  /** The plane tangent at a position, with metres east and north of it. */
  private record Plane(double longitude, double latitude) {
    double metresPerDegreeEast() {
      return METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude));
    }

    PlanePoint project(LonLat position) {
      return new PlanePoint(
          (position.longitude() - longitude) * metresPerDegreeEast(),
          (position.latitude() - latitude) * METRES_PER_DEGREE);
    }

    LonLat unproject(PlanePoint point) {
      return new LonLat(
          longitude + point.x() / metresPerDegreeEast(), latitude + point.y() / METRES_PER_DEGREE);
    }
  }
}
