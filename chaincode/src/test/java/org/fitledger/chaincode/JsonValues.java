package org.fitledger.chaincode;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary JSON values as request text, each with its JSON type: strings of any Unicode (escaped
 * or raw), whole numbers beyond every Java type, fractions and exponents, booleans, null, nested
 * arrays and objects, and number-like words JSON does not have (NaN, Infinity, +1, 01, .5).
 */
final class JsonValues {
  /** The JSON type of a value; {@link #NOT_JSON} for text no JSON parser accepts. */
  enum Kind {
    STRING,
    WHOLE,
    FRACTION,
    BOOLEAN,
    NULL,
    ARRAY,
    OBJECT,
    NOT_JSON
  }

  /** A value and its type; prints as its JSON text. */
  record Value(Kind kind, String json) {
    @Override
    public String toString() {
      return json;
    }
  }

  private JsonValues() {}

  /** Text that looks like what requests hold, and text that does not. */
  static Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(12)),
        Tuple.of(2, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12)),
        Tuple.of(
            3,
            Arbitraries.of(
                "",
                " ",
                "\t",
                "EQ-1",
                "EQ-2",
                "C-1",
                "C-2",
                "T-1",
                "GREENFIX",
                "SH/PD",
                "SH/PD/ZJ/C01",
                "SH/PD/ZJ",
                "Riverside",
                "2026-02-29",
                "2024-02-29",
                "0000-01-01",
                "9999-12-31",
                "2026-11-21T09:59:00Z",
                "+2026-11-21T09:59:00Z",
                "CRITICAL",
                "MAJOR",
                "MINOR",
                "DEFECT",
                "OK",
                "ROUTINE",
                "PASS",
                "MECHANICAL",
                "a".repeat(64),
                "A".repeat(64),
                "7",
                "-1",
                "1e3",
                "NaN",
                "Infinity",
                "true",
                "null",
                "loose bolt\n",
                "😀",
                "\u0000",
                "\ud800",
                "\ufffe",
                "x".repeat(1001))));
  }

  /** A JSON string holding text, written raw or with every character escaped. */
  static Arbitrary<Value> strings() {
    return Combinators.combine(texts(), Arbitraries.of(true, false))
        .as((text, escapeAll) -> new Value(Kind.STRING, quote(text, escapeAll)));
  }

  static Arbitrary<Value> wholeNumbers() {
    BigInteger huge = BigInteger.TEN.pow(40);
    return Arbitraries.oneOf(
            Arbitraries.integers().between(-20, 20000).map(String::valueOf),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.bigIntegers().between(huge.negate(), huge).map(BigInteger::toString),
            Arbitraries.of(
                "0",
                "-0",
                "2147483647",
                "2147483648",
                "-2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775809",
                "1" + "0".repeat(400),
                "1" + "0".repeat(1100)))
        .map(text -> new Value(Kind.WHOLE, text));
  }

  static Arbitrary<Value> fractions() {
    Arbitrary<String> decimals =
        Combinators.combine(
                Arbitraries.integers().between(-100000, 100000),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8))
            .as((whole, fraction) -> whole + "." + fraction);
    Arbitrary<String> exponents =
        Combinators.combine(
                Arbitraries.of("1", "-1", "4", "0.5", "9.99", "0", "-0.0"),
                Arbitraries.of("e", "E", "e+", "E-", "e-"),
                Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 12).map(String::valueOf),
                    Arbitraries.of("308", "309", "324", "400", "2147483647", "2147483648")))
            .as((mantissa, e, exponent) -> mantissa + e + exponent);
    return Arbitraries.oneOf(
            decimals,
            exponents,
            Arbitraries.of(
                "0.0",
                "-0.0",
                "7.0",
                "1.5",
                "0.0001",
                "0.00001",
                "0.00010",
                "8760.0",
                "8760.0001",
                "90.0000000001",
                "-90.0",
                "180.0",
                "1e308",
                "1e309",
                "-1e309",
                "4.9e-324",
                "1e-400",
                "1e2147483648",
                "1e-2147483649"))
        .map(text -> new Value(Kind.FRACTION, text));
  }

  static Arbitrary<Value> literals() {
    return Arbitraries.of(
        new Value(Kind.BOOLEAN, "true"),
        new Value(Kind.BOOLEAN, "false"),
        new Value(Kind.NULL, "null"));
  }

  static Arbitrary<Value> notJson() {
    return Arbitraries.of(
            "NaN",
            "-NaN",
            "Infinity",
            "-Infinity",
            "+1",
            "01",
            "-01",
            ".5",
            "5.",
            "0x10",
            "1e",
            "1e+",
            "--1",
            "1_000",
            "'text'",
            "undefined",
            "tru",
            "nul",
            "\"open",
            "\"tab\tinside\"",
            "{",
            "[1,",
            "[1,]",
            "{\"a\":1,}",
            "1 2",
            "/* comment */ 1")
        .map(text -> new Value(Kind.NOT_JSON, text));
  }

  static Arbitrary<Value> scalars() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, strings()),
        Tuple.of(3, wholeNumbers()),
        Tuple.of(3, fractions()),
        Tuple.of(2, literals()),
        Tuple.of(1, notJson()));
  }

  /** Any value: a scalar, or arrays and objects of values (names distinct), up to three deep. */
  static Arbitrary<Value> values() {
    return Arbitraries.recursive(JsonValues::scalars, JsonValues::containersOf, 0, 3);
  }

  private static Arbitrary<Value> containersOf(Arbitrary<Value> inner) {
    Arbitrary<Value> arrays =
        inner
            .list()
            .ofMaxSize(3)
            .map(
                items ->
                    new Value(
                        kindOf(Kind.ARRAY, items),
                        items.stream()
                            .map(Value::json)
                            .collect(Collectors.joining(",", "[", "]"))));
    Arbitrary<Value> objects =
        Combinators.combine(texts().list().uniqueElements().ofMaxSize(3), inner.list().ofSize(3))
            .as(
                (names, items) -> {
                  StringBuilder json = new StringBuilder("{");
                  for (int i = 0; i < names.size(); i++) {
                    json.append(i == 0 ? "" : ",")
                        .append(quote(names.get(i), false))
                        .append(':')
                        .append(items.get(i).json());
                  }
                  return new Value(
                      kindOf(Kind.OBJECT, items.subList(0, names.size())),
                      json.append('}').toString());
                });
    return Arbitraries.oneOf(inner, arrays, objects);
  }

  /** A container is JSON only if all it holds is. */
  private static Kind kindOf(Kind container, List<Value> items) {
    return items.stream().anyMatch(item -> item.kind() == Kind.NOT_JSON)
        ? Kind.NOT_JSON
        : container;
  }

  /** The text as a JSON string: JSON's own escapes, or every character as {@code \\uXXXX}. */
  static String quote(String text, boolean escapeAll) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (escapeAll || c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
