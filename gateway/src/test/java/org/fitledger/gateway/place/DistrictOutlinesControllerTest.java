package org.fitledger.gateway.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(DistrictOutlinesController.class)
@Import(TestPeople.class)
class DistrictOutlinesControllerTest {
  @Autowired MockMvcTester mvc;
  @MockitoBean DistrictOutlinesRepository repository;

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @Test
  void answers_403_to_contractors_and_outside_ones_districts() {
    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/districts/outlines"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(get(TestPeople.INSPECTOR, "/api/v1/districts/outlines?district=SH"))
        .hasStatus(HttpStatus.FORBIDDEN);
    verifyNoInteractions(repository);
  }

  @Test
  void answers_400_to_a_malformed_district_or_depth() {
    for (String query :
        List.of("district=SH/", "depth=0", "depth=5", "depth=x", "district=SH/PD&depth=1")) {
      assertThat(get(TestPeople.SUPERVISOR, "/api/v1/districts/outlines?" + query))
          .as(query)
          .hasStatus(HttpStatus.BAD_REQUEST)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("INVALID_INPUT");
    }
    verifyNoInteractions(repository);
  }

  @Test
  void outlines_each_district_one_level_below_the_one_asked_for_as_geojson() {
    Map<String, List<LonLat>> positions = new LinkedHashMap<>();
    positions.put("SH/PD", List.of(new LonLat(121.50, 31.22), new LonLat(121.52, 31.23)));
    positions.put("SH/XH", List.of(new LonLat(121.43, 31.18)));
    when(repository.positions(List.of("SH"), 2)).thenReturn(positions);

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/districts/outlines?district=SH"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.type").isEqualTo("FeatureCollection");
              assertThat(json).extractingPath("$.district").isEqualTo("SH");
              assertThat(json).extractingPath("$.depth").isEqualTo(2);
              assertThat(json).extractingPath("$.features.length()").isEqualTo(2);
              assertThat(json).extractingPath("$.features[0].id").isEqualTo("SH/PD");
              assertThat(json).extractingPath("$.features[0].geometry.type").isEqualTo("Polygon");
              assertThat(json)
                  .extractingPath("$.features[1].properties.district")
                  .isEqualTo("SH/XH");
              assertThat(json).extractingPath("$.features[1].properties.machines").isEqualTo(1);
              assertThat(json)
                  .extractingPath("$.features[1].geometry.coordinates[0].length()")
                  .isEqualTo(DistrictOutline.CIRCLE_CORNERS + 1);
            });
  }
}
