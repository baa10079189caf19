package org.fitledger.gateway.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary query parameter values: absent, any Unicode, and text shaped like what parameters hold
 * (numerals of any size and script, dates and instants of any year, periods, words, district
 * prefixes, coordinates), with or without blanks around it.
 */
public final class ParamValues {
  /** 1 January 1970, the first instant the API takes. */
  public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** 1 January 9999, the first instant after the years the API takes. */
  public static final Instant AFTER_LATEST = Instant.parse("9999-01-01T00:00:00Z");

  private ParamValues() {}

  /** Any of the kinds below, sometimes padded with blanks, sometimes absent. */
  public static Arbitrary<String> any() {
    Arbitrary<String> shaped =
        Arbitraries.oneOf(
            numerals(), dates(), instants(), periods(), words(), districts(), coordinates());
    Arbitrary<String> padded =
        Combinators.combine(
                Arbitraries.of("", " ", "\t", "\u00a0"), shaped, Arbitraries.of("", " "))
            .as((before, text, after) -> before + text + after);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just((String) null)),
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(20)),
        Tuple.of(6, shaped),
        Tuple.of(2, padded));
  }

  /**
   * A value for one parameter of a search: mostly absent or of the parameter's own shape, so that
   * searches of many parameters are read often enough, and sometimes {@link #any}.
   */
  public static Arbitrary<String> mostly(Arbitrary<String> fitting) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just((String) null)), Tuple.of(6, fitting), Tuple.of(1, any()));
  }

  /** Small page numbers and sizes, in and beyond range. */
  public static Arbitrary<String> pageNumbers() {
    return Arbitraries.integers().between(-1, 520).map(String::valueOf);
  }

  public static Arbitrary<String> numerals() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.strings().withChars("0123456789+-.e ٣５").ofMinLength(1).ofMaxLength(12),
        Arbitraries.of(
            "0",
            "-0",
            "+1",
            "00",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "1" + "0".repeat(30),
            "1.0",
            "1e2",
            "0x10",
            "٣",
            "５"));
  }

  public static Arbitrary<String> dates() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(day -> LocalDate.ofEpochDay(day).toString()),
        Arbitraries.longs()
            .between(LocalDate.of(1960, 1, 1).toEpochDay(), LocalDate.of(10010, 1, 1).toEpochDay())
            .map(day -> LocalDate.ofEpochDay(day).toString()),
        Arbitraries.of(
            "1969-12-31",
            "1970-01-01",
            "9998-12-31",
            "9999-01-01",
            "+10000-01-01",
            "-0001-01-01",
            "0000-01-01",
            "2026-02-29",
            "2024-02-29",
            "2026-13-01",
            "2026-11-31",
            "26-11-22",
            "2026/11/22",
            "20261122"));
  }

  public static Arbitrary<String> instants() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
            .map(second -> Instant.ofEpochSecond(second).toString()),
        Combinators.combine(
                Arbitraries.longs()
                    .between(
                        EARLIEST.minus(400, ChronoUnit.DAYS).getEpochSecond(),
                        AFTER_LATEST.plus(400, ChronoUnit.DAYS).getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999))
            .as((second, nano) -> Instant.ofEpochSecond(second, nano).toString()),
        Arbitraries.of(
            "1969-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z",
            "9998-12-31T23:59:59.999999999Z",
            "9999-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59.999999999Z",
            "2026-11-22T10:00:00+01:00",
            "2026-11-22T10:00:00",
            "2026-11-22T24:00:00Z",
            "2026-11-22T10:00:60Z",
            "2026-11-22"));
  }

  public static Arbitrary<String> periods() {
    Arbitrary<String> years =
        Arbitraries.integers().between(0, 9999).map(year -> String.format("%04d", year));
    return Arbitraries.oneOf(
        years,
        Combinators.combine(years, Arbitraries.integers().between(0, 13))
            .as((year, month) -> year + String.format("-%02d", month)),
        Combinators.combine(years, Arbitraries.integers().between(0, 5))
            .as((year, quarter) -> year + "-Q" + quarter),
        Arbitraries.of(
            "1969",
            "1970",
            "9998",
            "9999",
            "1969-12",
            "9998-12",
            "9999-01",
            "9998-Q4",
            "2026-q4",
            "2026-1",
            "+2026",
            "٢٠٢٦",
            "2026-Q4 ",
            "10000"));
  }

  public static Arbitrary<String> words() {
    return Arbitraries.of(
        "true",
        "false",
        "TRUE",
        "yes",
        "1",
        "OPEN",
        "OPEN,CLOSED",
        "OPEN,,CLOSED",
        "OPEN, OPEN",
        "open",
        "IN_SERVICE",
        "RETIRED",
        "ROUTINE",
        "STRUCTURAL",
        "id",
        "-id",
        "--id",
        "site",
        "-site",
        "openedAt",
        "-repairDeadline",
        "severity",
        "-",
        "",
        ",");
  }

  public static Arbitrary<String> districts() {
    Arbitrary<String> segment =
        Arbitraries.strings().withChars("ABSHPDZJC01-").ofMinLength(1).ofMaxLength(17);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.strings().withChars("ABSHPDZJC01-/ a").ofMaxLength(24)),
        Tuple.of(3, segment.list().ofMinSize(1).ofMaxSize(5).map(s -> String.join("/", s))),
        Tuple.of(
            2,
            Arbitraries.of(
                "SH", "SH/PD", "SH/PD/ZJ/C01", "SH/PD/ZJ/C01/X", "sh/pd", "SH//PD", "/SH")));
  }

  public static Arbitrary<String> coordinates() {
    Arbitrary<String> degrees =
        Arbitraries.oneOf(
            Arbitraries.doubles()
                .between(-200, 200)
                .map(d -> String.format(java.util.Locale.ROOT, "%.6f", d)),
            Arbitraries.of(
                "90",
                "-90",
                "90.0000000001",
                "180",
                "-180.000000000001",
                "1e2",
                "0x1",
                "+31.2",
                "31.2304",
                "121.4737",
                "1234",
                "٣١",
                "NaN",
                "Infinity",
                ""));
    return Combinators.combine(degrees, Arbitraries.of(",", ", ", ";", ",,"), degrees)
        .as((latitude, comma, longitude) -> latitude + comma + longitude);
  }
}
