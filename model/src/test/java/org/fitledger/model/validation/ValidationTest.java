package org.fitledger.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {
  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable call, ErrorCode code) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageStartingWith(code.name() + ": ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "EQ-0001", "7", "park.north_3:bar-2", "5b0c7e0a-3c7d-4f6e-9d7a-1b2c3d4e5f60"})
  void accepts_ids_of_letters_digits_and_dot_underscore_colon_dash(String id) {
    assertThat(Validation.id("id", id)).isEqualTo(id);
  }

  @Test
  void accepts_an_id_of_64_characters() {
    String id = "a".repeat(64);
    assertThat(Validation.id("id", id)).isEqualTo(id);
  }

  @Test
  void refuses_an_id_of_65_characters() {
    assertRefused(() -> Validation.id("id", "a".repeat(65)), ErrorCode.INVALID_INPUT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-EQ", ".EQ", "_EQ", ":EQ", "EQ 1", "EQ/1", "EQ#1", "设备1", "EQ\u00001"})
  void refuses_ids_with_other_characters_or_a_bad_first_character(String id) {
    assertRefused(() -> Validation.id("id", id), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("id must match");
  }

  @Test
  void refuses_a_missing_id() {
    assertRefused(() -> Validation.id("equipmentId", null), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: equipmentId is required");
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 90.000001})
  void a_number_outside_its_bounds_or_not_a_number_at_all_is_refused(double latitude) {
    assertRefused(() -> Validation.range("latitude", latitude, -90, 90), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: latitude must be within -90.0..90.0");
  }

  @Test
  void an_absent_list_is_empty_and_within_its_size_or_refused_as_invalid_input() {
    assertThat(Validation.size("sites", null, 0, 50)).isEmpty();
    assertThat(Validation.hashes("photoHashes", null, 0, 10)).isEmpty();
    assertRefused(() -> Validation.size("inspections", null, 1, 50), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: inspections must have 1..50 elements");
    assertRefused(() -> Validation.hashes("photoHashes", null, 1, 10), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: photoHashes must have 1..10 elements");
  }

  @Test
  void refuses_a_list_holding_null() {
    assertRefused(
            () -> Validation.size("sites", Arrays.asList("Riverside", null), 0, 50),
            ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: sites must not contain null");
  }

  @Test
  void counts_text_length_in_characters_not_utf16_units() {
    String hundredEmoji = "😀".repeat(100);
    assertThat(Validation.text("site", hundredEmoji, 100)).isEqualTo(hundredEmoji);
  }

  @Test
  void refuses_blank_required_text() {
    assertRefused(() -> Validation.text("type", "  ", 100), ErrorCode.INVALID_INPUT);
  }

  @Test
  void turns_absent_optional_text_into_empty_text() {
    assertThat(Validation.optionalText("note", null, 1000)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "line one\nline two",
        "a\ttab",
        "设备损坏",
        "😀 emoji",
        "\u00a0no-break space",
        "\ufffd",
        "\ud836\udc00 is U+1D800"
      })
  void accepts_text_with_tabs_line_feeds_and_any_unicode_character(String text) {
    assertThat(Validation.text("notes", text, 100)).isEqualTo(text);
    assertThat(Validation.optionalText("notes", text, 100)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "\u0001",
        "a\rb",
        "\u001b[31mred",
        "\u007f",
        "lone \ud800 high",
        "lone \udc00 low",
        "\ufdd0",
        "\ufffe",
        "\uffff",
        "\ud83f\udffe"
      })
  void refuses_text_that_a_reader_cannot_carry(String text) {
    assertRefused(() -> Validation.optionalText("notes", text, 100), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("notes must not contain U+");
    assertRefused(() -> Validation.text("notes", "x" + text, 100), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("notes must not contain U+");
  }

  @Test
  void names_the_refused_character_and_its_position_in_characters() {
    assertRefused(() -> Validation.optionalText("notes", "😀a\u0000", 100), ErrorCode.INVALID_INPUT)
        .hasMessageStartingWith("INVALID_INPUT: notes must not contain U+0000 (character 3)");
  }
}
