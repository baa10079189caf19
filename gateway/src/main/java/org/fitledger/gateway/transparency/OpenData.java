package org.fitledger.gateway.transparency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.audit.CsvWriter;

/**
 * Rows of the public view as open data: a GeoJSON FeatureCollection (a point per row that has a
 * position, null geometry otherwise) or CSV with a header row, each carrying its licence.
 *
 * <p>{@code OpenData.csv(rows)}; {@code OpenData.geoJson(rows, license, paging)}
 */
final class OpenData {
  private OpenData() {}

  /** The licence the data is published under, e.g. CC-BY-4.0 and its text's address. */
  record License(String name, String url) {}

  /** Which page this is: 1-based, its size, the number of rows in all. */
  record Paging(int page, int size, long total) {
    boolean hasNext() {
      return (long) page * size < total;
    }
  }

  /** A FeatureCollection of the rows, whose {@code latitude} and {@code longitude} place them. */
  static Map<String, Object> geoJson(
      List<Map<String, Object>> rows, License license, Paging paging, String nextUrl) {
    List<Map<String, Object>> features = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> properties = new LinkedHashMap<>(row);
      Object latitude = properties.remove("latitude");
      Object longitude = properties.remove("longitude");
      Map<String, Object> feature = new LinkedHashMap<>();
      feature.put("type", "Feature");
      feature.put("id", row.get("id"));
      feature.put(
          "geometry",
          latitude == null || longitude == null
              ? null
              : Map.of("type", "Point", "coordinates", List.of(longitude, latitude)));
      feature.put("properties", properties);
      features.add(feature);
    }
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("license", Map.of("name", license.name(), "url", license.url()));
    collection.put("page", paging.page());
    collection.put("size", paging.size());
    collection.put("total", paging.total());
    collection.put("next", paging.hasNext() ? nextUrl : null);
    collection.put("features", features);
    return collection;
  }

  /**
   * The rows as CSV, a column per field of the first row (or of {@code columns} when there is
   * none), the licence in a last column so that it travels with every copied row.
   */
  static String csv(List<Map<String, Object>> rows, List<String> columns, License license) {
    List<String> header = new ArrayList<>(columns);
    header.add("license");
    CsvWriter csv = new CsvWriter().row(header);
    for (Map<String, Object> row : rows) {
      List<Object> fields = new ArrayList<>();
      columns.forEach(c -> fields.add(safe(row.get(c))));
      fields.add(license.name());
      csv.row(fields);
    }
    return csv.text();
  }

  /**
   * A text field as a spreadsheet shows it and never runs it: one starting with {@code = + - @}, a
   * tab or CR is prefixed with an apostrophe (OWASP's advice against CSV injection). Numbers stay
   * as they are.
   */
  static Object safe(Object value) {
    if (value instanceof String text
        && !text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }
}
