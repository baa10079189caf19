package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.gateway.query.ParamReads.readOrRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fitledger.gateway.query.ParamReads.Read;

/**
 * Every query parameter reader answers arbitrary text with a value within its documented bounds or
 * the coded {@code INVALID_INPUT} (400), never another exception; values within the bounds, written
 * as the API documents them, are read as themselves.
 */
class QueryParameterPropertyTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Provide
  Arbitrary<String> values() {
    return ParamValues.any();
  }

  @Property(tries = 1000)
  void a_whole_number_is_within_its_range_or_the_default_or_invalid_input(
      @ForAll("values") String value, @ForAll int a, @ForAll int b) {
    int min = Math.min(a, b);
    int max = Math.max(a, b);
    Read<Integer> read = readOrRefused(value, () -> Params.integer("limit", value, min, max, min));
    if (read != null) {
      assertThat(read.value()).isBetween(min, max);
    }
    if (Params.absent(value)) {
      assertThat(read).isEqualTo(new Read<>(min));
    }
  }

  @Property(tries = 1000)
  void a_whole_number_within_its_range_is_read_as_itself(
      @ForAll @IntRange(min = -1000, max = 100_000) int number,
      @ForAll @IntRange(min = 0, max = 1000) int below,
      @ForAll @IntRange(min = 0, max = 1000) int above) {
    assertThat(Params.integer("size", " " + number + " ", number - below, number + above, 0))
        .isEqualTo(number);
  }

  @Property(tries = 1000)
  void an_instant_lies_in_the_years_1970_to_9998_or_is_invalid_input(
      @ForAll("values") String value) {
    Read<Instant> read = readOrRefused(value, () -> Params.instant("at", value, NOW));
    if (read != null) {
      assertThat(read.value())
          .isBetween(ParamValues.EARLIEST, ParamValues.AFTER_LATEST.minusNanos(1));
    }
  }

  @Property(tries = 1000)
  void an_instant_of_those_years_is_read_as_itself(@ForAll("instantsInRange") Instant instant) {
    assertThat(Params.instant("at", instant.toString(), NOW)).isEqualTo(instant);
  }

  @Provide
  Arbitrary<Instant> instantsInRange() {
    return Arbitraries.longs()
        .between(
            ParamValues.EARLIEST.getEpochSecond(), ParamValues.AFTER_LATEST.getEpochSecond() - 1)
        .flatMap(
            second ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(nano -> Instant.ofEpochSecond(second, nano)));
  }

  @Property(tries = 1000)
  void a_date_lies_in_the_years_1970_to_9998_or_is_invalid_input(@ForAll("values") String value) {
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    Read<LocalDate> read = readOrRefused(value, () -> Params.date("on", value, today));
    if (read != null) {
      assertThat(read.value().getYear()).isBetween(Params.FIRST_YEAR, Params.LAST_YEAR);
      // The day after it still has a four-digit year, as PostgreSQL reads dates.
      assertThat(read.value().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
          .isBeforeOrEqualTo(ParamValues.AFTER_LATEST);
    }
  }

  @Property(tries = 1000)
  void a_date_of_those_years_is_read_as_itself(
      @ForAll @IntRange(min = Params.FIRST_YEAR, max = Params.LAST_YEAR) int year,
      @ForAll @IntRange(min = 0, max = 364) int day) {
    LocalDate date = LocalDate.of(year, 1, 1).plusDays(day);
    assertThat(Params.date("on", date.toString(), null)).isEqualTo(date);
  }

  @Property(tries = 1000)
  void a_period_is_a_month_quarter_or_year_within_1970_to_9998_or_is_invalid_input(
      @ForAll("values") String value) {
    Read<Period> outcome = readOrRefused(value, () -> Period.parseOrMonthOf(value, NOW));
    if (outcome != null) {
      Period read = outcome.value();
      assertThat(read.from()).isBefore(read.to());
      assertThat(read.from()).isAfterOrEqualTo(ParamValues.EARLIEST);
      assertThat(read.to()).isBeforeOrEqualTo(ParamValues.AFTER_LATEST);
      assertThat(read.from().atZone(ZoneOffset.UTC).getDayOfMonth()).isEqualTo(1);
      assertThat(List.of(1L, 3L, 12L))
          .contains(
              java.time.temporal.ChronoUnit.MONTHS.between(
                  read.from().atZone(ZoneOffset.UTC), read.to().atZone(ZoneOffset.UTC)));
    }
  }

  @Property(tries = 1000)
  void a_page_starts_at_0_and_holds_1_to_500_rows_or_is_invalid_input(
      @ForAll("values") String page, @ForAll("values") String size) {
    Read<PageRequest> outcome =
        readOrRefused(page + " / " + size, () -> PageRequest.parse(page, size));
    if (outcome != null) {
      PageRequest read = outcome.value();
      assertThat(read.page()).isNotNegative();
      assertThat(read.size()).isBetween(1, PageRequest.MAX_SIZE);
      assertThat(read.offset()).isEqualTo((long) read.page() * read.size()).isNotNegative();
    }
  }

  @Property(tries = 1000)
  void words_flags_lists_districts_and_sort_orders_are_of_their_allowed_values_or_invalid_input(
      @ForAll("values") String value) {
    List<String> allowed = List.of("OPEN", "ACKNOWLEDGED", "CLOSED");

    Read<Boolean> flag = readOrRefused(value, () -> Params.flag("overdue", value));
    if (flag != null && flag.value() == null) {
      assertThat(Params.absent(value)).as(value).isTrue();
    }

    Read<String> word = readOrRefused(value, () -> Params.oneOf("status", value, allowed, null));
    if (word != null && word.value() != null) {
      assertThat(allowed).contains(word.value());
    }

    Read<List<String>> words = readOrRefused(value, () -> Params.list("status", value, allowed));
    if (words != null) {
      assertThat(allowed).containsAll(words.value());
      assertThat(words.value()).doesNotHaveDuplicates();
    }

    Read<String> district = readOrRefused(value, () -> Params.district("district", value));
    if (district != null && district.value() != null) {
      assertThat(district.value()).matches("[A-Z0-9-]{1,16}(/[A-Z0-9-]{1,16}){0,3}");
    }

    Read<SortOrder> sort =
        readOrRefused(
            value, () -> SortOrder.parse(value, List.of("openedAt", "severity"), "openedAt"));
    if (sort != null) {
      assertThat(sort.value().key()).isIn("openedAt", "severity");
      assertThat(sort.value().direction()).isIn("asc", "desc");
    }
  }
}
