package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void reads_flags_as_true_or_false_only() {
    assertThat(Params.flag("overdue", "TRUE")).isTrue();
    assertThat(Params.flag("overdue", "false")).isFalse();
    assertThat(Params.flag("overdue", null)).isNull();
    assertThatThrownBy(() -> Params.flag("overdue", "1"))
        .isInstanceOf(CodedException.class)
        .hasMessageStartingWith("overdue must be true or false");
  }

  @Test
  void reads_comma_separated_words_from_a_list_once_each() {
    List<String> states = List.of("OPEN", "CLOSED");

    assertThat(Params.list("status", "OPEN, CLOSED,OPEN", states))
        .containsExactly("OPEN", "CLOSED");
    assertThat(Params.list("status", null, states)).isEmpty();
    assertThatThrownBy(() -> Params.list("status", "OPEN,", states))
        .isInstanceOf(CodedException.class);
  }

  @Test
  void reads_instants_and_district_prefixes_strictly() {
    assertThat(Params.instant("at", "2026-12-01T00:00:00.5Z", NOW))
        .isEqualTo(Instant.parse("2026-12-01T00:00:00.500Z"));
    assertThat(Params.instant("at", "", NOW)).isEqualTo(NOW);
    assertThatThrownBy(() -> Params.instant("at", "2026-12-01", NOW))
        .isInstanceOf(CodedException.class);
    assertThat(Params.district("district", "SH/PD")).isEqualTo("SH/PD");
    assertThatThrownBy(() -> Params.district("district", "SH/PD%"))
        .isInstanceOf(CodedException.class);
  }

  @Test
  void reads_calendar_dates_strictly() {
    LocalDate today = LocalDate.parse("2026-11-22");
    assertThat(Params.date("on", " 2026-12-01 ", today)).isEqualTo(LocalDate.parse("2026-12-01"));
    assertThat(Params.date("on", null, today)).isEqualTo(today);
    assertThatThrownBy(() -> Params.date("on", "2026-12-01T00:00:00Z", today))
        .isInstanceOf(CodedException.class)
        .hasMessage("on must be a date such as 2026-11-22 (YYYY-MM-DD): 2026-12-01T00:00:00Z");
  }

  @Test
  void reads_whole_numbers_within_bounds() {
    assertThat(Params.integer("depth", " 3 ", 1, 4, 2)).isEqualTo(3);
    assertThat(Params.integer("depth", null, 1, 4, 2)).isEqualTo(2);
    assertThatThrownBy(() -> Params.integer("depth", "5", 1, 4, 2))
        .isInstanceOf(CodedException.class)
        .hasMessage("depth must be a whole number from 1 to 4: 5");
  }

  @Test
  void reads_decimals_within_bounds() {
    assertThat(Params.decimal("lat", " 31.2304 ", -90, 90)).isEqualTo(31.2304);
    assertThat(Params.decimal("long", "-122.5", -180, 180)).isEqualTo(-122.5);
    assertThat(Params.decimal("lat", "90", -90, 90)).isEqualTo(90.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "90.0001", "-91", "NaN", "Infinity", "1e2", "3,5", "\u0663", "1.", "1234.5"})
  void refuses_decimals_out_of_bounds_or_in_other_forms(String value) {
    assertThatThrownBy(() -> Params.decimal("lat", value, -90, 90))
        .isInstanceOf(CodedException.class)
        .hasMessageStartingWith("lat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+3", "\u0663", "\uff13", "3.0", "0x3", "1e0"})
  void refuses_whole_numbers_in_anything_but_ascii_digits(String value) {
    assertThatThrownBy(() -> Params.integer("depth", value, 1, 4, 2))
        .isInstanceOf(CodedException.class)
        .hasMessageStartingWith("depth must be a whole number from 1 to 4");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31",
        "+10000-01-01",
        "9999-01-01",
        "1969-12-31",
        "0001-01-01",
        "-0001-01-01"
      })
  void refuses_a_date_outside_the_years_1970_to_9998(String date) {
    assertThatThrownBy(() -> Params.date("on", date, LocalDate.parse("2026-11-22")))
        .isInstanceOf(CodedException.class)
        .hasMessage("on must lie in the years 1970 to 9998 (UTC): " + date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+100000-01-01T00:00:00Z",
        "+1000000000-12-31T23:59:59.999999999Z",
        "9999-01-01T00:00:00Z",
        "1969-12-31T23:59:59.999Z",
        "-1000000000-01-01T00:00:00Z"
      })
  void refuses_an_instant_outside_the_years_1970_to_9998(String instant) {
    assertThatThrownBy(() -> Params.instant("at", instant, NOW))
        .isInstanceOf(CodedException.class)
        .hasMessage("at must lie in the years 1970 to 9998 (UTC): " + instant);
  }

  @Test
  void reads_the_first_and_last_instants_and_dates_of_the_range() {
    assertThat(Params.instant("at", "1970-01-01T00:00:00Z", NOW)).isEqualTo(Instant.EPOCH);
    assertThat(Params.instant("at", "9998-12-31T23:59:59.999999999Z", NOW).toString())
        .isEqualTo("9998-12-31T23:59:59.999999999Z");
    assertThat(Params.date("on", "9998-12-31", null).plusDays(1).toString())
        .isEqualTo("9999-01-01");
  }
}
