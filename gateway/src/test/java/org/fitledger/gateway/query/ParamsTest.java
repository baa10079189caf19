package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.junit.jupiter.api.Test;

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
}
