package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

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

@WebMvcTest(SlaController.class)
@Import({TestPeople.class, FixedAuditClock.class})
class SlaControllerTest {
  private static final SlaRow GREENFIX =
      new SlaRow(
          "company",
          "GREENFIX",
          12,
          new SlaSteps(StepFigures.of(10, 9), StepFigures.of(0, 0), StepFigures.of(4, 3)),
          new Hours(3.25, 2.5),
          new Hours(50.0, 48.0),
          0.25,
          2,
          Map.of());

  @Autowired MockMvcTester mvc;
  @MockitoBean SlaRepository repository;

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @Test
  void answers_403_to_anyone_but_a_supervisor_without_reading_the_index() {
    for (Person person : List.of(TestPeople.INSPECTOR, TestPeople.CONTRACTOR)) {
      assertThat(get(person, "/api/v1/audit/sla")).hasStatus(HttpStatus.FORBIDDEN);
      assertThat(get(person, "/api/v1/audit/sla/steps")).hasStatus(HttpStatus.FORBIDDEN);
    }
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/sla?district=BJ"))
        .hasStatus(HttpStatus.FORBIDDEN);
    verifyNoInteractions(repository);
  }

  @Test
  void reports_each_company_over_the_current_month_with_links_to_the_records_behind_it() {
    when(repository.report(
            List.of("SH"), Period.parse("2026-11"), "company", 0, FixedAuditClock.NOW))
        .thenReturn(List.of(GREENFIX));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/sla"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"period\":{\"id\":\"2026-11\",\"from\":\"2026-11-01T00:00:00Z\","
                + "\"to\":\"2026-12-01T00:00:00Z\"},\"district\":\"SH\",\"by\":\"company\","
                + "\"rows\":[{\"company\":\"GREENFIX\",\"tickets\":12,\"steps\":{"
                + "\"acknowledge\":{\"done\":10,\"onTime\":9,\"onTimeShare\":0.9},"
                + "\"makeSafe\":{\"done\":0,\"onTime\":0,\"onTimeShare\":null},"
                + "\"repair\":{\"done\":4,\"onTime\":3,\"onTimeShare\":0.75}},"
                + "\"hoursToAcknowledge\":{\"mean\":3.25,\"median\":2.5},"
                + "\"hoursToRepair\":{\"mean\":50.0,\"median\":48.0},\"reworkRate\":0.25,"
                + "\"overdueNow\":2,\"links\":{"
                + "\"tickets\":\"/api/v1/audit/sla/steps?period=2026-11&district=SH"
                + "&company=GREENFIX\","
                + "\"late\":\"/api/v1/audit/sla/steps?period=2026-11&district=SH"
                + "&company=GREENFIX&onTime=false\","
                + "\"overdue\":\"/api/v1/tickets?overdue=true&company=GREENFIX&district=SH"
                + "&period=2026-11\"}}]}");
  }

  @Test
  void reports_by_district_at_a_depth_with_links_limited_to_each_district() {
    SlaRow row =
        new SlaRow(
            "district",
            "SH/PD/ZJ",
            1,
            new SlaSteps(StepFigures.of(1, 1), StepFigures.of(0, 0), StepFigures.of(0, 0)),
            new Hours(1.0, 1.0),
            new Hours(null, null),
            null,
            0,
            Map.of());
    when(repository.report(
            List.of("SH/PD"), Period.parse("2026-Q4"), "district", 3, FixedAuditClock.NOW))
        .thenReturn(List.of(row));

    assertThat(
            get(
                TestPeople.SUPERVISOR,
                "/api/v1/audit/sla?period=2026-Q4&district=SH/PD&by=district&depth=3"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.depth").isEqualTo(3);
              assertThat(json).extractingPath("$.rows[0].district").isEqualTo("SH/PD/ZJ");
              assertThat(json)
                  .extractingPath("$.rows[0].links.overdue")
                  .isEqualTo("/api/v1/tickets?overdue=true&district=SH/PD/ZJ&period=2026-Q4");
            });
  }

  @Test
  void writes_the_report_as_csv_with_a_column_per_figure() {
    when(repository.report(any(), any(), any(), anyInt(), any())).thenReturn(List.of(GREENFIX));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/sla?period=2026&format=csv"))
        .hasStatus(HttpStatus.OK)
        .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sla-2026.csv\"")
        .hasBodyTextEqualTo(
            "company,tickets,acknowledgeDone,acknowledgeOnTime,acknowledgeOnTimeShare,"
                + "makeSafeDone,makeSafeOnTime,makeSafeOnTimeShare,repairDone,repairOnTime,"
                + "repairOnTimeShare,hoursToAcknowledgeMean,hoursToAcknowledgeMedian,"
                + "hoursToRepairMean,hoursToRepairMedian,reworkRate,overdueNow\r\n"
                + "GREENFIX,12,10,9,0.9,0,0,,4,3,0.75,3.25,2.5,50,48,0.25,2\r\n");
  }

  @Test
  void lists_the_steps_asked_for_with_the_record_behind_each() {
    StepRecord late =
        new StepRecord(
            "t-1",
            "eq-1",
            "SH/PD/ZJ/C01",
            "GREENFIX",
            "MINOR",
            "repair",
            "2026-11-20T10:00:00Z",
            "2026-11-19T10:00:00Z",
            false,
            "tx-9",
            31,
            new Signer("contractor1", "ContractorMSP"));
    when(repository.steps(
            List.of("SH"),
            Period.parse("2026-11"),
            "GREENFIX",
            List.of(SlaStep.ACKNOWLEDGE, SlaStep.REPAIR),
            false,
            new PageRequest(0, 5)))
        .thenReturn(new Paged<>(List.of(late), 0, 5, 1));

    assertThat(
            get(
                TestPeople.SUPERVISOR,
                "/api/v1/audit/sla/steps?company=GREENFIX&step=acknowledge,repair&onTime=false"
                    + "&size=5"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"items\":[{\"ticketId\":\"t-1\",\"equipmentId\":\"eq-1\","
                + "\"districtPath\":\"SH/PD/ZJ/C01\",\"company\":\"GREENFIX\","
                + "\"severity\":\"MINOR\",\"step\":\"repair\",\"at\":\"2026-11-20T10:00:00Z\","
                + "\"deadline\":\"2026-11-19T10:00:00Z\",\"onTime\":false,\"txId\":\"tx-9\","
                + "\"blockNumber\":31,\"signer\":{\"name\":\"contractor1\","
                + "\"msp\":\"ContractorMSP\"}}],\"page\":0,\"size\":5,\"total\":1}");
  }

  @Test
  void lists_every_kind_of_step_without_a_step_parameter() {
    when(repository.steps(any(), any(), any(), any(), any(), any()))
        .thenReturn(new Paged<>(List.of(), 0, 50, 0));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/sla/steps?period=2026-Q4"))
        .hasStatus(HttpStatus.OK);
    verify(repository)
        .steps(
            eq(List.of("SH")),
            eq(Period.parse("2026-Q4")),
            eq(null),
            eq(List.of(SlaStep.values())),
            eq(null),
            eq(new PageRequest(0, 50)));
  }

  @Test
  void refuses_a_malformed_period_grouping_or_step_as_invalid_input() {
    for (String query :
        List.of("period=2026-11-01", "by=inspector", "by=district&depth=0", "step=inspect")) {
      String path = query.startsWith("step") ? "/api/v1/audit/sla/steps?" : "/api/v1/audit/sla?";
      assertThat(get(TestPeople.SUPERVISOR, path + query))
          .hasStatus(HttpStatus.BAD_REQUEST)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("INVALID_INPUT");
    }
    verifyNoInteractions(repository);
  }
}
