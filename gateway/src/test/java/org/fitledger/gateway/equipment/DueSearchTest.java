package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.patrol.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DueSearchTest {
  // 06:30 on the 23rd in Shanghai (UTC+8) is still the 22nd in UTC.
  private static final Instant NOW = Instant.parse("2026-11-22T22:30:00Z");

  private static DueSearch of(String near, String on, String level) {
    return DueSearch.of(new DueSearch.Query(near, on, level, null, null, null), NOW);
  }

  @Test
  void without_parameters_asks_about_every_level_due_by_the_end_of_today_in_utc() {
    DueSearch search = of(null, null, null);

    assertThat(search)
        .isEqualTo(
            new DueSearch(
                null,
                LocalDate.parse("2026-11-22"),
                List.of(Level.values()),
                null,
                new PageRequest(0, 50)));
    assertThat(search.until()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
  }

  @Test
  void reads_position_day_level_district_and_page() {
    DueSearch search =
        DueSearch.of(
            new DueSearch.Query(
                " 31.2304, -121.4737 ", "2026-12-01", "FUNCTIONAL", "SH/PD/ZJ", "2", "20"),
            NOW);

    assertThat(search)
        .isEqualTo(
            new DueSearch(
                new GeoPoint(31.2304, -121.4737),
                LocalDate.parse("2026-12-01"),
                List.of(Level.FUNCTIONAL),
                "SH/PD/ZJ",
                new PageRequest(2, 20)));
    assertThat(search.until()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
  }

  @ParameterizedTest(name = "near={0}")
  @ValueSource(
      strings = {
        "31.2304",
        "31.2304,",
        "31.2304;121.4737",
        "31.2304,121.4737,5",
        "north,east",
        "NaN,121",
        "1e1,121",
        "90.0001,0",
        "-91,0",
        "0,180.5",
        "0,-181"
      })
  void refuses_a_position_that_is_not_latitude_comma_longitude_in_range(String near) {
    assertThatThrownBy(() -> of(near, null, null))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
        .hasMessage(
            "near must be <latitude>,<longitude> in decimal degrees, latitude -90..90 and"
                + " longitude -180..180, such as 31.2304,121.4737: "
                + near);
  }

  @Test
  void accepts_the_poles_and_the_antimeridian() {
    assertThat(of("90,-180", null, null).near()).isEqualTo(new GeoPoint(90, -180));
    assertThat(of("-90.0,180.0", null, null).near()).isEqualTo(new GeoPoint(-90, 180));
  }

  @ParameterizedTest(name = "on={0}")
  @ValueSource(strings = {"2026-11-31", "22/11/2026", "2026-11-22T00:00:00Z", "today"})
  void refuses_a_day_that_is_not_an_iso_date(String on) {
    assertThatThrownBy(() -> of(null, on, null))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
        .hasMessage("on must be a date such as 2026-11-22 (YYYY-MM-DD): " + on);
  }

  @ParameterizedTest(name = "level={0}")
  @ValueSource(strings = {"routine", "DAILY", "ROUTINE,FUNCTIONAL"})
  void refuses_a_level_that_is_not_one_of_the_three(String level) {
    assertThatThrownBy(() -> of(null, null, level))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
        .hasMessage("level must be one of ROUTINE, FUNCTIONAL, STRUCTURAL: " + level);
  }

  @Test
  void keeps_the_levels_asked_about_that_fall_due_before_the_end_of_the_day_least_thorough_first() {
    Instant endOfDay = Instant.parse("2026-11-23T00:00:00Z");
    LevelDue structural = new LevelDue(Level.STRUCTURAL, endOfDay.minusSeconds(1), null);
    LevelDue functionalAtMidnight = new LevelDue(Level.FUNCTIONAL, endOfDay, null);
    LevelDue routine = new LevelDue(Level.ROUTINE, Instant.parse("2026-11-01T00:00:00Z"), null);

    assertThat(of(null, null, null).dueOf(List.of(structural, functionalAtMidnight, routine)))
        .containsExactly(routine, structural);
    assertThat(of(null, null, "STRUCTURAL").dueOf(List.of(routine, structural)))
        .containsExactly(structural);
    assertThat(of(null, "2026-11-21", null).dueOf(List.of(structural, routine)))
        .containsExactly(routine);
  }
}
