package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.model.patrol.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CoverageController.class)
@Import({TestPeople.class, FixedAuditClock.class})
class CoverageControllerTest {
  private static final List<Level> ALL = List.of(Level.values());
  private static final OverdueEquipment OVERDUE =
      new OverdueEquipment(
          "eq-1",
          "Park, north",
          "SH/PD/ZJ/C01",
          "ROUTINE",
          7,
          "2026-11-01T09:00:00Z",
          "2026-11-08T09:00:00Z",
          "p-1",
          "tx-1",
          12,
          new Signer("inspector1", "PatrolMSP"));

  @Autowired MockMvcTester mvc;
  @MockitoBean CoverageRepository repository;

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @Test
  void answers_403_to_anyone_but_a_supervisor_without_reading_the_index() {
    for (Person person : List.of(TestPeople.INSPECTOR, TestPeople.CONTRACTOR)) {
      assertThat(get(person, "/api/v1/audit/coverage"))
          .hasStatus(HttpStatus.FORBIDDEN)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("ACCESS_DENIED");
      assertThat(get(person, "/api/v1/audit/coverage/overdue")).hasStatus(HttpStatus.FORBIDDEN);
    }
    verifyNoInteractions(repository);
  }

  @Test
  void answers_403_for_a_district_outside_the_supervisors() {
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/coverage?district=BJ"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/coverage/overdue?district=BJ/HD"))
        .hasStatus(HttpStatus.FORBIDDEN);
    verifyNoInteractions(repository);
  }

  @Test
  void reports_the_supervisors_districts_one_level_down_now_with_links_to_the_overdue_pieces() {
    when(repository.report(List.of("SH"), 2, ALL, FixedAuditClock.NOW))
        .thenReturn(List.of(new CoverageRow("SH/PD", "ROUTINE", 40, 3, 1, Map.of())));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/coverage"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"asOf\":\"2026-11-22T10:00:00Z\",\"district\":\"SH\",\"depth\":2,\"level\":null,"
                + "\"rows\":[{\"district\":\"SH/PD\",\"level\":\"ROUTINE\",\"equipment\":40,"
                + "\"overdue\":3,\"neverInspected\":1,\"links\":{\"overdue\":"
                + "\"/api/v1/audit/coverage/overdue?district=SH/PD&level=ROUTINE"
                + "&at=2026-11-22T10:00:00Z\"}}]}");
  }

  @Test
  void passes_the_district_depth_level_and_instant_asked_for() {
    Instant at = Instant.parse("2026-12-01T00:00:00Z");
    when(repository.report(List.of("SH/PD"), 4, List.of(Level.FUNCTIONAL), at))
        .thenReturn(List.of());

    assertThat(
            get(
                TestPeople.SUPERVISOR,
                "/api/v1/audit/coverage?district=SH/PD&depth=4&level=FUNCTIONAL"
                    + "&at=2026-12-01T00:00:00Z"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"asOf\":\"2026-12-01T00:00:00Z\",\"district\":\"SH/PD\",\"depth\":4,"
                + "\"level\":\"FUNCTIONAL\",\"rows\":[]}");
  }

  @Test
  void answers_csv_for_format_csv_and_for_an_accept_header_of_text_csv() {
    when(repository.report(any(), any(Integer.class), any(), any()))
        .thenReturn(List.of(new CoverageRow("SH/PD", "ROUTINE", 40, 3, 1, Map.of())));
    String csv = "district,level,equipment,overdue,neverInspected\r\nSH/PD,ROUTINE,40,3,1\r\n";

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/coverage?format=csv"))
        .hasStatus(HttpStatus.OK)
        .hasHeader(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"coverage-2026-11-22T100000Z.csv\"")
        .hasContentType("text/csv;charset=UTF-8")
        .hasBodyTextEqualTo(csv);
    assertThat(
            get(TestPeople.SUPERVISOR, "/api/v1/audit/coverage")
                .header(HttpHeaders.ACCEPT, "text/csv"))
        .hasStatus(HttpStatus.OK)
        .hasBodyTextEqualTo(csv);
  }

  @Test
  void lists_the_overdue_pieces_one_page_at_a_time_with_the_record_behind_each() {
    when(repository.overdue(
            List.of("SH/PD"), List.of(Level.ROUTINE), FixedAuditClock.NOW, new PageRequest(1, 10)))
        .thenReturn(new Paged<>(List.of(OVERDUE), 1, 10, 11));

    assertThat(
            get(
                TestPeople.SUPERVISOR,
                "/api/v1/audit/coverage/overdue?district=SH/PD&level=ROUTINE&page=1&size=10"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"items\":[{\"equipmentId\":\"eq-1\",\"site\":\"Park, north\","
                + "\"districtPath\":\"SH/PD/ZJ/C01\",\"level\":\"ROUTINE\",\"intervalDays\":7,"
                + "\"lastInspectedAt\":\"2026-11-01T09:00:00Z\","
                + "\"dueAt\":\"2026-11-08T09:00:00Z\",\"lastPatrolId\":\"p-1\","
                + "\"txId\":\"tx-1\",\"blockNumber\":12,"
                + "\"signer\":{\"name\":\"inspector1\",\"msp\":\"PatrolMSP\"}}],"
                + "\"page\":1,\"size\":10,\"total\":11}");
  }

  @Test
  void writes_the_overdue_page_as_csv() {
    when(repository.overdue(any(), any(), any(), any()))
        .thenReturn(new Paged<>(List.of(OVERDUE), 0, 50, 1));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/coverage/overdue?format=csv"))
        .hasStatus(HttpStatus.OK)
        .hasBodyTextEqualTo(
            "equipmentId,site,districtPath,level,intervalDays,lastInspectedAt,dueAt,"
                + "lastPatrolId,txId,blockNumber,signerName,signerMsp\r\n"
                + "eq-1,\"Park, north\",SH/PD/ZJ/C01,ROUTINE,7,2026-11-01T09:00:00Z,"
                + "2026-11-08T09:00:00Z,p-1,tx-1,12,inspector1,PatrolMSP\r\n");
    verify(repository).overdue(List.of("SH"), ALL, FixedAuditClock.NOW, new PageRequest(0, 50));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "depth=0",
        "depth=1&district=SH/PD",
        "level=DAILY",
        "at=yesterday",
        "format=xml",
        "district=SH/"
      })
  void refuses_a_malformed_parameter_as_invalid_input(String parameter) {
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/coverage?" + parameter))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(repository);
  }
}
