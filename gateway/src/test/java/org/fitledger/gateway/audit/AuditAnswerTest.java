package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fitledger.gateway.error.CodedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class AuditAnswerTest {

  @Test
  void answers_csv_for_format_csv_or_an_accept_header_asking_for_it() {
    assertThat(AuditAnswer.wantsCsv("csv", "application/json")).isTrue();
    assertThat(AuditAnswer.wantsCsv(null, "text/csv")).isTrue();
    assertThat(AuditAnswer.wantsCsv(null, "text/csv;q=0.9, application/json;q=0.5")).isTrue();
    assertThat(AuditAnswer.wantsCsv("json", "text/csv")).isFalse();
    assertThat(AuditAnswer.wantsCsv(null, "*/*")).isFalse();
    assertThat(AuditAnswer.wantsCsv(null, null)).isFalse();
    assertThatThrownBy(() -> AuditAnswer.wantsCsv("xlsx", null)).isInstanceOf(CodedException.class);
  }

  @Test
  void a_csv_answer_is_an_attachment_named_after_the_report() {
    ResponseEntity<Object> answer = AuditAnswer.of(true, "json", () -> "a\r\n", "sla-2026-Q4");

    assertThat(answer.getBody()).isEqualTo("a\r\n");
    assertThat(answer.getHeaders().getContentType()).isEqualTo(AuditAnswer.CSV);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"sla-2026-Q4.csv\"");
  }

  @Test
  void makes_no_csv_for_a_json_answer() {
    ResponseEntity<Object> answer =
        AuditAnswer.of(
            false,
            "json",
            () -> {
              throw new AssertionError("CSV made");
            },
            "x");

    assertThat(answer.getBody()).isEqualTo("json");
  }
}
