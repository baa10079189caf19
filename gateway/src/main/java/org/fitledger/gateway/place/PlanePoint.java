package org.fitledger.gateway.place;

/**
 * A point on a local plane, in metres east ({@code x}) and north ({@code y}) of a reference.
 *
 * @param x metres east
 * @param y metres north
 */
record PlanePoint(double x, double y) {
  /** The cross product of {@code (a - this)} and {@code (b - this)}: positive when a turn left. */
  double turn(PlanePoint a, PlanePoint b) {
    return (a.x - x) * (b.y - y) - (a.y - y) * (b.x - x);
  }
}
