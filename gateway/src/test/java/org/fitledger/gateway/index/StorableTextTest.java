package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {
  @Test
  void any_other_text_is_storable_including_controls_emoji_and_chinese() {
    assertThat(
            StorableText.problem(
                RecordJson.read(
                    "{\"notes\":\"\\u0001\\t\\u007f \\ud83d\\ude00 螺栓松动\",\"list\":[\"a\"]}")))
        .isEmpty();
  }

  @Test
  void names_a_nul_character_in_a_nested_value_by_its_json_pointer() {
    assertThat(
            StorableText.problem(
                RecordJson.read("{\"steps\":[{\"note\":\"ab\"},{\"note\":\"x\\u0000\"}]}")))
        .contains("/steps/1/note: U+0000 at 1, which PostgreSQL text cannot hold");
  }

  @Test
  void names_unpaired_surrogates_high_or_low() {
    assertThat(StorableText.problem("a\ud800"))
        .contains("unpaired surrogate U+D800 at 1, which has no UTF-8 form");
    assertThat(StorableText.problem("\udc00b"))
        .contains("unpaired surrogate U+DC00 at 0, which has no UTF-8 form");
    assertThat(StorableText.problem("\ud83d\ude00")).isEmpty();
  }

  @Test
  void names_a_field_name_that_cannot_be_stored() {
    assertThat(StorableText.problem(RecordJson.read("{\"checklist\":{\"bo\\u0000lts\":\"PASS\"}}")))
        .contains(
            "/checklist/bo\\u0000lts (the field name): U+0000 at 2, which PostgreSQL text cannot hold");
  }

  @Test
  void escapes_controls_and_surrogates_so_that_a_reason_about_them_can_be_stored() {
    String escaped = StorableText.escaped("a\u0000b\nc\ud800 螺");

    assertThat(escaped).isEqualTo("a\\u0000b\\u000ac\\ud800 螺");
    assertThat(StorableText.problem(escaped)).isEmpty();
  }
}
