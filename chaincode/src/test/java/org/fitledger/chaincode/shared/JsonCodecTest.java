package org.fitledger.chaincode.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  record Typed(
      String text,
      Integer days,
      Long count,
      Double degrees,
      BigDecimal hours,
      Boolean accepted,
      List<String> hashes,
      Map<String, String> checklist) {}

  @Test
  void reads_values_of_their_declared_types() {
    assertThat(
            codec.decode(
                "{\"text\":\"7\",\"days\":7,\"count\":9007199254740993,\"degrees\":31,"
                    + "\"hours\":0.0003,\"accepted\":true,\"hashes\":[\"a\"],"
                    + "\"checklist\":{\"bolts\":\"PASS\"}}",
                Typed.class))
        .isEqualTo(
            new Typed(
                "7",
                7,
                9007199254740993L,
                31.0,
                new BigDecimal("0.0003"),
                true,
                List.of("a"),
                Map.of("bolts", "PASS")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\":7} | text",
        "{\"text\":-7.5} | text",
        "{\"text\":1e3} | text",
        "{\"text\":true} | text",
        "{\"hashes\":[\"a\",7]} | hashes[1]",
        "{\"checklist\":{\"bolts\":false}} | checklist.bolts"
      })
  void a_number_or_boolean_where_text_is_declared_is_refused_naming_the_field(
      String json, String field) {
    assertRefused(() -> codec.decode(json, Typed.class), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: field \"" + field + "\" has the wrong type");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"days\":1.5} | days",
        "{\"days\":7.0} | days",
        "{\"days\":1e2} | days",
        "{\"count\":-0.0} | count",
        "{\"days\":\"7\"} | days",
        "{\"days\":\"\"} | days",
        "{\"days\":\" \"} | days",
        "{\"degrees\":\"\\t\"} | degrees",
        "{\"hours\":\" \"} | hours",
        "{\"accepted\":\" \"} | accepted",
        "{\"count\":\"7\"} | count",
        "{\"degrees\":\"31.2\"} | degrees",
        "{\"degrees\":\"NaN\"} | degrees",
        "{\"degrees\":\"Infinity\"} | degrees",
        "{\"degrees\":\"-Infinity\"} | degrees",
        "{\"hours\":\"NaN\"} | hours",
        "{\"hours\":\"4\"} | hours",
        "{\"days\":true} | days",
        "{\"degrees\":false} | degrees",
        "{\"accepted\":\"true\"} | accepted",
        "{\"accepted\":1} | accepted",
        "{\"accepted\":0.0} | accepted",
        "{\"accepted\":\"\"} | accepted"
      })
  void a_value_of_another_json_type_than_declared_is_refused_naming_the_field(
      String json, String field) {
    assertRefused(() -> codec.decode(json, Typed.class), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: field \"" + field + "\" has the wrong type");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"days\":2147483648} | days",
        "{\"days\":-2147483649} | days",
        "{\"count\":9223372036854775808} | count",
        "{\"hashes\":[],\"days\":123456789012345678901234567890} | days"
      })
  void a_whole_number_beyond_its_type_is_refused_naming_the_field(String json, String field) {
    assertRefused(() -> codec.decode(json, Typed.class), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: field \"" + field + "\" is out of range");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"hours\":1e2147483648}",
        "{\"hours\":1e-2147483649}",
        "{\"text\":NaN}",
        "{\"degrees\":NaN}",
        "{\"degrees\":Infinity}",
        "{\"degrees\":-Infinity}",
        "{\"degrees\":+1}",
        "{\"days\":01}",
        "{\"days\":0x10}",
        "{\"degrees\":.5}",
        "{\"degrees\":5.}"
      })
  void refuses_numbers_that_json_does_not_have_or_that_no_field_can_hold(String json) {
    assertRefused(() -> codec.decode(json, Typed.class), ErrorCode.INVALID_INPUT);
  }

  @Test
  void refuses_a_number_of_more_digits_than_it_reads() {
    String json = "{\"degrees\":1" + "0".repeat(1200) + "}";

    assertRefused(() -> codec.decode(json, Typed.class), ErrorCode.INVALID_INPUT);
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
