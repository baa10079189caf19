package org.fitledger.gateway.place;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code GET /api/v1/districts/outlines}: a GeoJSON FeatureCollection, one polygon per district.
 *
 * @param type {@code FeatureCollection}
 * @param district the district asked for, or null for all the person's districts
 * @param depth the district level outlined, 1..4
 * @param features one per district with a machine that has a position
 */
record OutlineCollection(
    String type,
    @Schema(types = {"string", "null"}) String district,
    int depth,
    List<Feature> features) {

  /** The collection of these outlines. */
  static OutlineCollection of(String district, int depth, List<DistrictOutline> outlines) {
    return new OutlineCollection(
        "FeatureCollection", district, depth, outlines.stream().map(Feature::of).toList());
  }

  /**
   * One district's outline.
   *
   * @param type {@code Feature}
   * @param id the district path
   * @param geometry a Polygon
   * @param properties the district, its machines and where its label goes
   */
  record Feature(String type, String id, Polygon geometry, Properties properties) {
    static Feature of(DistrictOutline outline) {
      return new Feature(
          "Feature",
          outline.district(),
          new Polygon("Polygon", List.of(outline.ring().stream().map(LonLat::geoJson).toList())),
          new Properties(outline.district(), outline.machines(), outline.label().geoJson()));
    }
  }

  /**
   * A GeoJSON polygon of one ring.
   *
   * @param type {@code Polygon}
   * @param coordinates one closed ring of {@code [longitude, latitude]}
   */
  record Polygon(String type, List<List<double[]>> coordinates) {}

  /**
   * What a district's outline says.
   *
   * @param district the district path, its label
   * @param machines the machines (not retired) it outlines
   * @param label {@code [longitude, latitude]} of the outline's centroid
   */
  record Properties(String district, int machines, double[] label) {}
}
