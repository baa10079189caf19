package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.model.patrol.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(DueController.class)
@Import(TestPeople.class)
class DueControllerTest {
  @Autowired MockMvcTester mvc;
  @MockitoBean DueRepository repository;
  @MockitoBean IndexProgress progress;

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @Test
  void lists_the_inspectors_due_equipment_near_them_within_their_districts() {
    when(repository.search(any(), any())).thenReturn(new Paged<>(List.of(), 1, 20, 21));

    assertThat(
            get(
                TestPeople.INSPECTOR,
                "/api/v1/due-inspections?near=31.2304,121.4737&on=2026-11-22&level=ROUTINE"
                    + "&district=SH/PD/ZJ&page=1&size=20"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo("{\"items\":[],\"page\":1,\"size\":20,\"total\":21}");
    ArgumentCaptor<DueSearch> search = ArgumentCaptor.forClass(DueSearch.class);
    ArgumentCaptor<Scope> scope = ArgumentCaptor.forClass(Scope.class);
    verify(repository).search(search.capture(), scope.capture());
    assertThat(search.getValue())
        .isEqualTo(
            new DueSearch(
                new GeoPoint(31.2304, 121.4737),
                LocalDate.parse("2026-11-22"),
                List.of(Level.ROUTINE),
                "SH/PD/ZJ",
                new PageRequest(1, 20)));
    assertThat(scope.getValue().districts()).containsExactly("SH/PD");
  }

  @Test
  void refuses_contractors_who_do_not_inspect_without_reading_the_index() {
    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/due-inspections"))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("ACCESS_DENIED");
    verifyNoInteractions(repository);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "near=31.2304 | near must be <latitude>,<longitude>",
        "near=91,121 | near must be <latitude>,<longitude>",
        "on=2026-02-30 | on must be a date such as 2026-11-22",
        "level=WEEKLY | level must be one of ROUTINE, FUNCTIONAL, STRUCTURAL",
        "district=SH/ | district must be a district path prefix",
        "size=501 | size must be a whole number from 1 to 500"
      })
  void refuses_a_malformed_parameter_with_a_message_naming_it(String parameter, String message) {
    MvcTestResult result =
        get(TestPeople.SUPERVISOR, "/api/v1/due-inspections?" + parameter).exchange();

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_INPUT");
    assertThat(result).bodyJson().extractingPath("$.message").asString().startsWith(message);
    verifyNoInteractions(repository);
  }

  @Test
  void answers_401_without_credentials() {
    assertThat(mvc.get().uri("/api/v1/due-inspections")).hasStatus(HttpStatus.UNAUTHORIZED);
    verifyNoInteractions(repository);
  }
}
