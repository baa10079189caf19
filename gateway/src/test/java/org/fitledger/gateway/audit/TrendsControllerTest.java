package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.Period;
import org.fitledger.model.patrol.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(TrendsController.class)
@Import({TestPeople.class, FixedAuditClock.class})
class TrendsControllerTest {
  private static final List<Level> ALL = List.of(Level.values());

  @Autowired MockMvcTester mvc;
  @MockitoBean SlaRepository sla;
  @MockitoBean CoverageRepository coverage;

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @Test
  void answers_403_to_anyone_but_a_supervisor_and_outside_their_districts() {
    for (Person person : List.of(TestPeople.INSPECTOR, TestPeople.CONTRACTOR)) {
      assertThat(get(person, "/api/v1/audit/trends"))
          .hasStatus(HttpStatus.FORBIDDEN)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("ACCESS_DENIED");
    }
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/trends?district=BJ"))
        .hasStatus(HttpStatus.FORBIDDEN);
    verifyNoInteractions(sla, coverage);
  }

  @Test
  void answers_400_to_a_malformed_district_or_month_count() {
    for (String query :
        List.of("months=0", "months=25", "months=twelve", "months=1.5", "district=SH//PD")) {
      assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/trends?" + query))
          .as(query)
          .hasStatus(HttpStatus.BAD_REQUEST)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("INVALID_INPUT");
    }
    verifyNoInteractions(sla, coverage);
  }

  @Test
  void reads_twelve_months_by_default_the_current_one_last() {
    when(sla.report(anyList(), any(), any(), anyInt(), any())).thenReturn(List.of());
    when(coverage.report(anyList(), anyInt(), anyList(), any())).thenReturn(List.of());

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/trends?district=SH"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.district").isEqualTo("SH");
              assertThat(json).extractingPath("$.months.length()").isEqualTo(12);
              assertThat(json).extractingPath("$.months[0].period.id").isEqualTo("2025-12");
              assertThat(json).extractingPath("$.months[11].period.id").isEqualTo("2026-11");
              assertThat(json).extractingPath("$.months[11].onTimeShare").isNull();
            });
    verify(sla, times(12)).report(eq(List.of("SH")), any(), eq("company"), eq(0), any());
  }

  @Test
  void sums_each_months_reports_and_judges_coverage_at_the_months_end_or_now() {
    Period october = Period.parse("2026-10");
    Period november = Period.parse("2026-11");
    when(sla.report(List.of("SH/PD"), october, "company", 0, FixedAuditClock.NOW))
        .thenReturn(
            List.of(
                slaRow("GREENFIX", StepFigures.of(4, 3), StepFigures.of(1, 1), 3, 2),
                slaRow(null, StepFigures.of(2, 1), StepFigures.of(0, 0), 2, 1)));
    when(sla.report(List.of("SH/PD"), november, "company", 0, FixedAuditClock.NOW))
        .thenReturn(List.of());
    when(coverage.report(List.of("SH/PD"), 2, ALL, Instant.parse("2026-11-01T00:00:00Z")))
        .thenReturn(
            List.of(
                new CoverageRow("SH/PD", "ROUTINE", 10, 3, 1, Map.of()),
                new CoverageRow("SH/PD", "STRUCTURAL", 10, 0, 0, Map.of())));
    when(coverage.report(List.of("SH/PD"), 2, ALL, FixedAuditClock.NOW)).thenReturn(List.of());

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/trends?district=SH/PD&months=2"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"district\":\"SH/PD\",\"months\":[{\"period\":{\"id\":\"2026-10\","
                + "\"from\":\"2026-10-01T00:00:00Z\",\"to\":\"2026-11-01T00:00:00Z\"},"
                + "\"tickets\":5,\"steps\":{"
                + "\"acknowledge\":{\"done\":6,\"onTime\":4,\"onTimeShare\":0.6666666666666666},"
                + "\"makeSafe\":{\"done\":0,\"onTime\":0,\"onTimeShare\":null},"
                + "\"repair\":{\"done\":1,\"onTime\":1,\"onTimeShare\":1.0}},"
                + "\"onTimeShare\":0.7142857142857143,\"lateSteps\":2,\"overdueNow\":3,"
                + "\"coverageAsOf\":\"2026-11-01T00:00:00Z\",\"coverage\":{"
                + "\"ROUTINE\":{\"equipment\":10,\"overdue\":3,\"neverInspected\":1,"
                + "\"coveredShare\":0.7},"
                + "\"STRUCTURAL\":{\"equipment\":10,\"overdue\":0,\"neverInspected\":0,"
                + "\"coveredShare\":1.0}}},"
                + "{\"period\":{\"id\":\"2026-11\",\"from\":\"2026-11-01T00:00:00Z\","
                + "\"to\":\"2026-12-01T00:00:00Z\"},\"tickets\":0,\"steps\":{"
                + "\"acknowledge\":{\"done\":0,\"onTime\":0,\"onTimeShare\":null},"
                + "\"makeSafe\":{\"done\":0,\"onTime\":0,\"onTimeShare\":null},"
                + "\"repair\":{\"done\":0,\"onTime\":0,\"onTimeShare\":null}},"
                + "\"onTimeShare\":null,\"lateSteps\":0,\"overdueNow\":0,"
                + "\"coverageAsOf\":\"2026-11-22T10:00:00Z\",\"coverage\":{}}]}");
  }

  @Test
  void months_cross_the_turn_of_the_year() {
    assertThat(TrendsController.lastMonths(Instant.parse("2027-02-10T00:00:00Z"), 4))
        .extracting(Period::id)
        .containsExactly("2026-11", "2026-12", "2027-01", "2027-02");
  }

  private static SlaRow slaRow(
      String company, StepFigures acknowledge, StepFigures repair, long tickets, long overdueNow) {
    return new SlaRow(
        "company",
        company,
        tickets,
        new SlaSteps(acknowledge, StepFigures.of(0, 0), repair),
        new Hours(null, null),
        new Hours(null, null),
        null,
        overdueNow,
        Map.of());
  }
}
