package org.fitledger.gateway.audit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fitledger.gateway.audit.CoverageRepository;
import org.fitledger.gateway.audit.CoverageRow;
import org.fitledger.gateway.audit.DiligenceRepository;
import org.fitledger.gateway.audit.Hours;
import org.fitledger.gateway.audit.SlaRepository;
import org.fitledger.gateway.audit.SlaRow;
import org.fitledger.gateway.audit.SlaSteps;
import org.fitledger.gateway.audit.StepFigures;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.Period;
import org.fitledger.model.patrol.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(AssessmentController.class)
@Import({TestPeople.class, AssessmentControllerTest.FixedClock.class})
class AssessmentControllerTest {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  private static final SlaRow GREENFIX =
      new SlaRow(
          "company",
          "GREENFIX",
          12,
          new SlaSteps(StepFigures.of(10, 9), StepFigures.of(2, 1), StepFigures.of(4, 3)),
          new Hours(3.25, 2.5),
          new Hours(50.0, 48.0),
          0.25,
          2,
          Map.of());

  @Autowired MockMvcTester mvc;
  @MockitoBean SlaRepository sla;
  @MockitoBean CoverageRepository coverage;
  @MockitoBean DiligenceRepository diligence;

  private MvcTestResult get(Person person, String uri) {
    return mvc.get()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person))
        .exchange();
  }

  @Test
  void answers_403_to_anyone_but_a_supervisor_and_outside_their_districts_without_reading() {
    for (Person person : List.of(TestPeople.INSPECTOR, TestPeople.CONTRACTOR)) {
      assertThat(get(person, "/api/v1/audit/report")).hasStatus(HttpStatus.FORBIDDEN);
    }
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/report?district=BJ/HD"))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("ACCESS_DENIED");
    verifyNoInteractions(sla, coverage, diligence);
  }

  @Test
  void answers_401_without_credentials() {
    assertThat(mvc.get().uri("/api/v1/audit/report").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refuses_a_malformed_period_a_far_off_year_a_bad_district_or_format_as_invalid_input() {
    for (String query :
        List.of(
            "period=2026-13",
            "period=November",
            "period=12026",
            "period=1969",
            "district=SH//PD",
            "format=docx",
            "depth=9")) {
      assertThat(
              mvc.get()
                  .uri("/api/v1/audit/report?" + query)
                  .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                  .header(HttpHeaders.ACCEPT, "application/pdf"))
          .as(query)
          .hasStatus(HttpStatus.BAD_REQUEST)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("INVALID_INPUT");
    }
    verifyNoInteractions(sla, coverage, diligence);
  }

  @Test
  void reads_a_quarter_as_the_sla_audit_does_and_counts_coverage_at_its_last_second() {
    when(sla.report(any(), any(), any(), anyInt(), any())).thenReturn(List.of());

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/audit/report?period=2026-Q3&district=SH/PD"))
        .hasStatus(HttpStatus.OK)
        .hasContentType("application/pdf");

    verify(sla).report(List.of("SH/PD"), Period.parse("2026-Q3"), "company", 0, NOW);
    verify(sla).report(List.of("SH/PD"), Period.parse("2026-Q3"), "district", 3, NOW);
    verify(coverage)
        .report(
            List.of("SH/PD"), 3, List.of(Level.values()), Instant.parse("2026-09-30T23:59:59Z"));
    verify(diligence).report(List.of("SH/PD"), Period.parse("2026-Q3"));
  }

  @Test
  void covers_the_supervisors_own_districts_over_the_current_month_by_default() throws IOException {
    when(sla.report(any(), any(), eq("company"), anyInt(), any())).thenReturn(List.of(GREENFIX));
    when(coverage.report(any(), anyInt(), any(), any()))
        .thenReturn(List.of(new CoverageRow("SH/PD", "ROUTINE", 40, 3, 1, Map.of())));

    MvcTestResult answer = get(TestPeople.SUPERVISOR, "/api/v1/audit/report");

    assertThat(answer)
        .hasStatus(HttpStatus.OK)
        .hasContentType("application/pdf")
        .hasHeader(
            HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"assessment-2026-11-SH.pdf\"");
    verify(coverage).report(List.of("SH"), 2, List.of(Level.values()), NOW);
    try (PDDocument pdf = Loader.loadPDF(answer.getResponse().getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("GREENFIX 12 9/10 (90.0%) 1/2 (50.0%) 3/4 (75.0%) 25.0% 2")
          .contains("SH/PD ROUTINE 40 3 1");
    }
  }

  @Test
  void answers_html_to_a_browser_with_the_audit_apis_links_at_the_requests_base() throws Exception {
    when(sla.report(any(), any(), eq("company"), anyInt(), any())).thenReturn(List.of(GREENFIX));

    MvcTestResult answer =
        mvc.get()
            .uri("/api/v1/audit/report?period=2026-11")
            .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
            .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
            .exchange();

    assertThat(answer).hasStatus(HttpStatus.OK).hasContentType("text/html;charset=UTF-8");
    String html = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains(
            "<a href=\"http://localhost/api/v1/audit/sla/steps?period=2026-11&amp;district=SH"
                + "&amp;company=GREENFIX\">12</a>")
        .contains(
            "<a href=\"http://localhost/api/v1/tickets?overdue=true&amp;company=GREENFIX"
                + "&amp;district=SH&amp;period=2026-11\">2</a>");
  }
}
