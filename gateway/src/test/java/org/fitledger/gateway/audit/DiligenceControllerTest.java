package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(DiligenceController.class)
@Import({TestPeople.class, FixedAuditClock.class})
class DiligenceControllerTest {
  private static final DiligenceRow INSPECTOR1 =
      new DiligenceRow(
          "inspector1",
          "PatrolMSP",
          120,
          3,
          0.025,
          List.of("SH/PD/ZJ/C01", "SH/PD/ZJ/C02"),
          Map.of());

  @Autowired MockMvcTester mvc;
  @MockitoBean DiligenceRepository repository;

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @Test
  void answers_403_to_anyone_but_a_supervisor_without_reading_the_index() {
    for (Person person : List.of(TestPeople.INSPECTOR, TestPeople.OTHER_CONTRACTOR)) {
      assertThat(get(person, "/api/v1/audit/diligence")).hasStatus(HttpStatus.FORBIDDEN);
      assertThat(get(person, "/api/v1/audit/diligence/inspections"))
          .hasStatus(HttpStatus.FORBIDDEN);
    }
    verifyNoInteractions(repository);
  }

  @Test
  void reports_each_inspector_with_links_to_their_inspections_beyond_tolerance_and_all() {
    when(repository.report(List.of("SH/PD"), Period.parse("2026-Q4")))
        .thenReturn(List.of(INSPECTOR1));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/diligence?period=2026-Q4&district=SH/PD"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"period\":{\"id\":\"2026-Q4\",\"from\":\"2026-10-01T00:00:00Z\","
                + "\"to\":\"2027-01-01T00:00:00Z\"},\"district\":\"SH/PD\",\"rows\":[{"
                + "\"inspector\":\"inspector1\",\"msp\":\"PatrolMSP\",\"inspections\":120,"
                + "\"beyondTolerance\":3,\"beyondToleranceShare\":0.025,"
                + "\"districts\":[\"SH/PD/ZJ/C01\",\"SH/PD/ZJ/C02\"],\"links\":{"
                + "\"beyondTolerance\":\"/api/v1/audit/diligence/inspections?inspector=inspector1"
                + "&period=2026-Q4&district=SH/PD&beyondTolerance=true\","
                + "\"inspections\":\"/api/v1/audit/diligence/inspections?inspector=inspector1"
                + "&period=2026-Q4&district=SH/PD\"}}]}");
  }

  @Test
  void writes_the_report_as_csv_with_the_districts_in_one_field() {
    when(repository.report(List.of("SH"), Period.parse("2026-11"))).thenReturn(List.of(INSPECTOR1));

    assertThat(
            get(TestPeople.SUPERVISOR, "/api/v1/audit/diligence")
                .header(HttpHeaders.ACCEPT, "text/csv"))
        .hasStatus(HttpStatus.OK)
        .hasHeader(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diligence-2026-11.csv\"")
        .hasBodyTextEqualTo(
            "inspector,msp,inspections,beyondTolerance,beyondToleranceShare,districts\r\n"
                + "inspector1,PatrolMSP,120,3,0.025,SH/PD/ZJ/C01 SH/PD/ZJ/C02\r\n");
  }

  @Test
  void lists_an_inspectors_inspections_beyond_tolerance_with_the_record_behind_each() {
    InspectionRecord far =
        new InspectionRecord(
            "p-1",
            2,
            "eq-1",
            "SH/PD/ZJ/C01",
            "ROUTINE",
            "OK",
            new BigDecimal("1112.5"),
            false,
            "2026-11-20T10:00:00Z",
            "2026-11-20T09:59:00Z",
            "tx-3",
            17,
            new Signer("inspector1", "PatrolMSP"));
    when(repository.inspections(
            List.of("SH"), Period.parse("2026-11"), "inspector1", true, new PageRequest(0, 50)))
        .thenReturn(new Paged<>(List.of(far), 0, 50, 1));

    assertThat(
            get(
                TestPeople.SUPERVISOR,
                "/api/v1/audit/diligence/inspections?inspector=inspector1&beyondTolerance=true"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"items\":[{\"patrolId\":\"p-1\",\"position\":2,\"equipmentId\":\"eq-1\","
                + "\"districtPath\":\"SH/PD/ZJ/C01\",\"level\":\"ROUTINE\",\"condition\":\"OK\","
                + "\"distanceMeters\":1112.5,\"withinTolerance\":false,"
                + "\"recordedAt\":\"2026-11-20T10:00:00Z\",\"observedAt\":\"2026-11-20T09:59:00Z\","
                + "\"txId\":\"tx-3\",\"blockNumber\":17,\"signer\":{\"name\":\"inspector1\","
                + "\"msp\":\"PatrolMSP\"}}],\"page\":0,\"size\":50,\"total\":1}");
  }

  @Test
  void refuses_a_malformed_flag_or_page_as_invalid_input() {
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/diligence/inspections?beyondTolerance=1"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/diligence/inspections?size=501"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    verifyNoInteractions(repository);
  }
}
