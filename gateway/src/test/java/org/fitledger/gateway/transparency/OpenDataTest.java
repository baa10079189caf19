package org.fitledger.gateway.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenDataTest {
  private static final OpenData.License LICENSE =
      new OpenData.License("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/");

  private static Map<String, Object> machine(String id, Double latitude, Double longitude) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("site", "Park, north");
    row.put("latitude", latitude);
    row.put("longitude", longitude);
    row.put("state", "fault");
    return row;
  }

  @Test
  void a_feature_is_a_point_at_longitude_then_latitude_with_the_other_fields_as_properties() {
    Map<String, Object> collection =
        OpenData.geoJson(
            List.of(machine("EQ-1", 31.23, 121.47)),
            LICENSE,
            new OpenData.Paging(1, 10, 1),
            "/next");

    @SuppressWarnings("unchecked")
    Map<String, Object> feature = ((List<Map<String, Object>>) collection.get("features")).get(0);
    assertThat(collection.get("type")).isEqualTo("FeatureCollection");
    assertThat(feature.get("geometry"))
        .isEqualTo(Map.of("type", "Point", "coordinates", List.of(121.47, 31.23)));
    assertThat(feature.get("properties"))
        .isEqualTo(Map.of("id", "EQ-1", "site", "Park, north", "state", "fault"));
    assertThat(collection.get("license"))
        .isEqualTo(Map.of("name", "CC-BY-4.0", "url", LICENSE.url()));
    assertThat(collection.get("next")).isNull();
  }

  @Test
  void a_row_without_a_position_has_no_geometry_and_a_page_before_the_last_names_the_next() {
    Map<String, Object> collection =
        OpenData.geoJson(
            List.of(machine("EQ-2", null, null)), LICENSE, new OpenData.Paging(1, 1, 2), "/next");

    @SuppressWarnings("unchecked")
    Map<String, Object> feature = ((List<Map<String, Object>>) collection.get("features")).get(0);
    assertThat(feature).containsEntry("geometry", null);
    assertThat(collection.get("next")).isEqualTo("/next");
    assertThat(collection.get("total")).isEqualTo(2L);
  }

  @Test
  void csv_has_a_header_the_licence_on_every_row_and_quotes_what_needs_it() {
    String csv =
        OpenData.csv(
            List.of(machine("EQ-1", 31.23, 121.47)),
            List.of("id", "site", "latitude", "state"),
            LICENSE);

    assertThat(csv)
        .isEqualTo(
            "id,site,latitude,state,license\r\nEQ-1,\"Park, north\",31.23,fault,CC-BY-4.0\r\n");
  }

  @Test
  void a_text_field_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
    assertThat(OpenData.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(OpenData.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(OpenData.safe("-1+1")).isEqualTo("'-1+1");
    assertThat(OpenData.safe(-3.5)).isEqualTo(-3.5);
    assertThat(OpenData.safe("Park")).isEqualTo("Park");
  }
}
