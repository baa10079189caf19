package org.fitledger.chaincode.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {
  @JsonPropertyOrder({"zulu", "alpha"})
  record Sample(String zulu, String alpha) {}

  private final JsonCodec codec = new JsonCodec();

  @Test
  void writes_compact_json_in_the_declared_field_order() {
    assertThat(codec.encode(new Sample("z", "a"))).isEqualTo("{\"zulu\":\"z\",\"alpha\":\"a\"}");
  }

  @Test
  void writes_the_same_bytes_for_the_same_record() {
    assertThat(codec.encode(new Sample("ü ✓", "\"q\"")))
        .isEqualTo(codec.encode(new Sample("ü ✓", "\"q\"")));
  }

  @Test
  void reads_a_request_whatever_the_order_of_its_fields() {
    assertThat(codec.decode("{\"alpha\":\"a\",\"zulu\":\"z\"}", Sample.class))
        .isEqualTo(new Sample("z", "a"));
  }

  @Test
  void refuses_an_unknown_field_and_names_it() {
    assertRefused(
            () -> codec.decode("{\"zulu\":\"z\",\"alpha\":\"a\",\"extra\":1}", Sample.class),
            ErrorCode.INVALID_INPUT)
        .hasMessageContaining("\"extra\"");
  }

  @Test
  void refuses_a_number_where_a_string_is_expected() {
    assertRefused(() -> codec.decode("{\"zulu\":1}", Sample.class), ErrorCode.INVALID_INPUT)
        .hasMessageContaining("\"zulu\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "null",
        "{",
        "{\"zulu\":}",
        "[]",
        "\"text\"",
        "{\"zulu\":\"z\"} {}",
        "{\"zulu\":\"z\",\"zulu\":\"y\"}",
        "{'zulu':'z'}"
      })
  void refuses_malformed_json(String json) {
    assertRefused(() -> codec.decode(json, Sample.class), ErrorCode.INVALID_INPUT);
  }

  @Test
  void refuses_a_missing_document() {
    assertRefused(() -> codec.decode(null, Sample.class), ErrorCode.INVALID_INPUT);
  }
}
