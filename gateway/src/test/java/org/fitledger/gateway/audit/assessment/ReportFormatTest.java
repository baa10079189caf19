package org.fitledger.gateway.audit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fitledger.gateway.error.CodedException;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void the_format_parameter_wins_over_the_accept_header() {
    assertThat(ReportFormat.of("html", "application/pdf")).isEqualTo(ReportFormat.HTML);
    assertThat(ReportFormat.of("PDF", "text/html")).isEqualTo(ReportFormat.PDF);
  }

  @Test
  void without_a_format_the_accept_header_chooses_by_preference() {
    assertThat(ReportFormat.of(null, "text/html,application/xhtml+xml,*/*;q=0.8"))
        .isEqualTo(ReportFormat.HTML);
    assertThat(ReportFormat.of(null, "application/pdf")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.of("", "text/html;q=0.5, application/pdf")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.of(null, "application/pdf;q=0.4, text/html"))
        .isEqualTo(ReportFormat.HTML);
  }

  @Test
  void answers_pdf_to_no_preference_or_an_unreadable_header() {
    assertThat(ReportFormat.of(null, null)).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.of(null, "*/*")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.of(null, "application/json")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.of(null, "this is / not ; a type")).isEqualTo(ReportFormat.PDF);
  }

  @Test
  void refuses_another_format_as_invalid_input() {
    assertThatThrownBy(() -> ReportFormat.of("docx", null))
        .isInstanceOf(CodedException.class)
        .hasMessageContaining("format must be one of pdf, html");
  }
}
