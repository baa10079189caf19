package org.fitledger.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {
  @Test
  void any_text_but_the_refused_code_points_is_free_text() {
    assertThat(FreeText.offence("螺栓松动, left handle\tloose\nsee photo 😀 ü ‮")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x01, 0x0b, 0x0d, 0x1f, 0x7f, 0x80, 0x85, 0x9f})
  void control_characters_but_tab_and_line_feed_are_refused(int codePoint) {
    assertThat(FreeText.allowed(codePoint)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfdd0, 0xfdef, 0xfffe, 0xffff, 0x1fffe, 0x10ffff})
  void unpaired_surrogates_and_non_characters_are_refused(int codePoint) {
    assertThat(FreeText.allowed(codePoint)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {'\t', '\n', ' ', 0xa0, 0xfdcf, 0xfdf0, 0xfffd, 0x1f600, 0x10fffd})
  void their_neighbours_are_allowed(int codePoint) {
    assertThat(FreeText.allowed(codePoint)).isTrue();
  }

  @Test
  void names_the_first_offence_by_code_point_and_position_in_code_points() {
    assertThat(FreeText.offence("😀a\u0000b\u0001"))
        .contains(new FreeText.Offence(0, 3))
        .get()
        .extracting(o -> o.describe("notes"))
        .isEqualTo(
            "notes must not contain U+0000 (character 3): text may hold no control character"
                + " other than tab and line feed, no unpaired surrogate and no non-character");
  }

  @Test
  void an_unpaired_surrogate_is_its_own_offence() {
    assertThat(FreeText.offence("a\ud800")).contains(new FreeText.Offence(0xd800, 2));
    assertThat(FreeText.offence("\ude00")).contains(new FreeText.Offence(0xde00, 1));
  }
}
