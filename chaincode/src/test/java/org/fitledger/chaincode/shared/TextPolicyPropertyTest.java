package org.fitledger.chaincode.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.validation.Validation;

/**
 * The text policy of every free-text field (notes, descriptions, reasons, sites, makes, models): a
 * string is accepted exactly when it is within the length, not blank where text is required, and
 * made only of code points every later reader can carry; a refusal names the field, the first
 * offending code point and its position; accepted text survives the ledger's JSON unchanged.
 */
class TextPolicyPropertyTest {
  private static final int MAX = 20;
  private static final JsonCodec CODEC = new JsonCodec();

  record Note(String note) {}

  /**
   * Code points that tell the rule's edges apart: tab and line feed (allowed), the other C0
   * controls, DEL and the C1 controls (refused), the line separators (allowed), the ends of the
   * non-character ranges, unpaired surrogates of both halves, and ordinary letters, spaces and
   * emoji around them.
   */
  private static final List<Integer> EDGES =
      List.of(
          0x0000, 0x0001, 0x0008, 0x0009, 0x000A, 0x000B, 0x000D, 0x001B, 0x001F, 0x0020, 0x0041,
          0x007E, 0x007F, 0x0080, 0x0085, 0x009F, 0x00A0, 0x2028, 0x2029, 0x3000, 0xD7FF, 0xD800,
          0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFEFF, 0xFFFD, 0xFFFE,
          0xFFFF, 0x10000, 0x1F600, 0x1FFFD, 0x1FFFE, 0x1FFFF, 0xEFFFF, 0x10FFFD, 0x10FFFE,
          0x10FFFF, 0x8BBE);

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(MAX + 5);
    Arbitrary<String> edges =
        Arbitraries.of(EDGES)
            .list()
            .ofMaxSize(MAX + 3)
            .map(points -> points.stream().map(Character::toString).collect(Collectors.joining()));
    Arbitrary<String> mostlyFine =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars("é设😀\n\t")
            .ofMaxLength(MAX + 2)
            .flatMap(
                text ->
                    Arbitraries.of(EDGES)
                        .injectNull(0.7)
                        .map(point -> point == null ? text : insert(text, point)));
    return Arbitraries.frequencyOf(
        Tuple.of(3, anyChars), Tuple.of(3, edges), Tuple.of(4, mostlyFine));
  }

  private static String insert(String text, int codePoint) {
    int middle = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2);
    return text.substring(0, middle) + Character.toString(codePoint) + text.substring(middle);
  }

  /** Whether a reader can carry the code point, as the README states the rule. */
  private static boolean carriable(int codePoint) {
    if (codePoint == '\t' || codePoint == '\n') {
      return true;
    }
    boolean control = codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F;
    boolean surrogate = Character.getType(codePoint) == Character.SURROGATE;
    boolean nonCharacter =
        (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFF) >= 0xFFFE;
    return !control && !surrogate && !nonCharacter;
  }

  /** The first code point a reader cannot carry, with its position counted in code points. */
  private static Optional<int[]> firstUncarriable(String text) {
    int[] points = text.codePoints().toArray();
    for (int i = 0; i < points.length; i++) {
      if (!carriable(points[i])) {
        return Optional.of(new int[] {points[i], i + 1});
      }
    }
    return Optional.empty();
  }

  private static String expectedRefusal(String field, String text, boolean required) {
    if (required && text.isBlank()) {
      return field + " must not be blank";
    }
    if (text.codePoints().count() > MAX) {
      return field + " must be at most " + MAX + " characters";
    }
    return firstUncarriable(text)
        .map(
            bad ->
                String.format("%s must not contain U+%04X (character %d): ", field, bad[0], bad[1]))
        .orElse(null);
  }

  private static void check(String text, boolean required, ThrowingText validator) {
    String field = "inspections[3].notes";
    String refusal = expectedRefusal(field, text, required);
    Throwable thrown = catchThrowable(() -> assertThat(validator.apply(field)).isEqualTo(text));
    if (refusal == null) {
      Statistics.label("outcome").collect("accepted");
      assertThat(thrown).as("refused %s", escaped(text)).isNull();
    } else {
      Statistics.label("outcome").collect("refused");
      assertThat(thrown)
          .as("accepted %s", escaped(text))
          .isInstanceOfSatisfying(
              Refusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
          .hasMessageStartingWith("INVALID_INPUT: " + refusal);
    }
  }

  interface ThrowingText {
    String apply(String field);
  }

  @Property(tries = 1000)
  void optional_text_accepts_exactly_carriable_text_within_its_length(
      @ForAll("texts") String text) {
    check(text, false, field -> Validation.optionalText(field, text, MAX));
  }

  @Property(tries = 1000)
  void required_text_accepts_exactly_carriable_text_that_is_not_blank(
      @ForAll("texts") String text) {
    check(text, true, field -> Validation.text(field, text, MAX));
  }

  @Property(tries = 1000)
  void any_string_at_all_is_accepted_or_refused_with_invalid_input_never_a_crash(
      @ForAll String text) {
    check(text, false, field -> Validation.optionalText(field, text, MAX));
  }

  @Property(tries = 1000)
  void accepted_text_survives_the_ledgers_json_and_utf8_unchanged(@ForAll("texts") String text) {
    Assume.that(expectedRefusal("note", text, false) == null);
    String stored = CODEC.encode(new Note(Validation.optionalText("note", text, MAX)));

    assertThat(new String(stored.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(stored);
    assertThat(stored).doesNotContain("\\u0000");
    assertThat(CODEC.decode(stored, Note.class).note()).isEqualTo(text);
    assertThat(CODEC.decodeStored(stored, Note.class).note()).isEqualTo(text);
  }

  private static String escaped(String text) {
    return text.codePoints()
        .mapToObj(
            point ->
                point >= 0x20 && point < 0x7F
                    ? Character.toString(point)
                    : String.format("\\u{%04X}", point))
        .collect(Collectors.joining("", "\"", "\""));
  }
}
