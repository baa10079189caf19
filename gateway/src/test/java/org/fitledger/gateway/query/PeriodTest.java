package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest(name = "{0} is [{1}, {2})")
  @CsvSource({
    "2026-11, 2026-11-01T00:00:00Z, 2026-12-01T00:00:00Z",
    "2026-12, 2026-12-01T00:00:00Z, 2027-01-01T00:00:00Z",
    "2024-02, 2024-02-01T00:00:00Z, 2024-03-01T00:00:00Z",
    "2026-Q1, 2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z",
    "2026-Q4, 2026-10-01T00:00:00Z, 2027-01-01T00:00:00Z",
    "2026, 2026-01-01T00:00:00Z, 2027-01-01T00:00:00Z"
  })
  void a_month_quarter_or_year_runs_from_its_first_instant_to_the_next_periods_in_utc(
      String id, String from, String to) {
    Period period = Period.parse(id);

    assertThat(period.id()).isEqualTo(id);
    assertThat(period.from()).isEqualTo(Instant.parse(from));
    assertThat(period.to()).isEqualTo(Instant.parse(to));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-13",
        "2026-00",
        "2026-Q5",
        "2026-Q0",
        "26-11",
        "2026-1",
        "2026/11",
        "1969",
        "9999",
        "9999-12",
        "9999-Q4",
        "10000",
        "2026-11-01",
        "",
        " "
      })
  void refuses_anything_else_as_invalid_input(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(CodedException.class)
        .extracting(e -> ((CodedException) e).code())
        .isEqualTo(ErrorCode.INVALID_INPUT);
  }

  @Test
  void defaults_to_the_utc_calendar_month_of_now() {
    Period period = Period.parseOrMonthOf(null, Instant.parse("2026-11-30T23:59:59.999Z"));

    assertThat(period).isEqualTo(Period.parse("2026-11"));
    assertThat(Period.parseOrMonthOf(" ", Instant.parse("2027-01-01T00:00:00Z")).id())
        .isEqualTo("2027-01");
  }
}
