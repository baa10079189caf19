package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's JSON mapper takes a value only for a field of its own JSON type. */
class StrictJsonTypesTest {
  record Body(
      String note,
      Integer days,
      BigDecimal hours,
      Double degrees,
      Boolean accepted,
      List<String> sites,
      Map<String, String> checklist) {}

  private final JsonMapper json = GatewayJson.mapper();

  private Body read(String body) {
    return json.readValue(body, Body.class);
  }

  private void assertRefused(String body) {
    assertThatThrownBy(() -> read(body))
        .isInstanceOf(JacksonException.class)
        .isNotInstanceOf(InvalidDefinitionException.class);
  }

  @Test
  void reads_values_of_their_declared_types() {
    assertThat(
            read(
                "{\"note\":\"7\",\"days\":7,\"hours\":1.25,\"accepted\":false,"
                    + "\"sites\":[\"Riverside\"],\"checklist\":{\"bolts\":\"PASS\"},"
                    + "\"degrees\":-31}"))
        .isEqualTo(
            new Body(
                "7",
                7,
                new BigDecimal("1.25"),
                -31.0,
                false,
                List.of("Riverside"),
                Map.of("bolts", "PASS")));
  }

  @Test
  void reads_a_whole_number_where_a_decimal_is_declared() {
    assertThat(read("{\"hours\":24}").hours()).isEqualTo(new BigDecimal("24"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"note\":7}",
        "{\"note\":-7}",
        "{\"note\":7.5}",
        "{\"note\":1e3}",
        "{\"note\":123456789012345678901234567890}",
        "{\"note\":true}",
        "{\"note\":false}",
        "{\"sites\":[7]}",
        "{\"sites\":[\"Riverside\",true]}",
        "{\"checklist\":{\"bolts\":1}}"
      })
  void a_number_where_text_is_declared_is_refused(String body) {
    assertRefused(body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"days\":1.5}", "{\"days\":7.0}", "{\"days\":1e2}", "{\"days\":-0.0}"})
  void a_fraction_where_a_whole_number_is_declared_is_refused(String body) {
    assertRefused(body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"days\":\"7\"}",
        "{\"days\":\"\"}",
        "{\"days\":\" \"}",
        "{\"hours\":\"1.5\"}",
        "{\"hours\":\"\"}",
        "{\"hours\":\"\\t\"}",
        "{\"hours\":\"NaN\"}",
        "{\"degrees\":\"31.2\"}",
        "{\"degrees\":\"NaN\"}",
        "{\"degrees\":\"Infinity\"}",
        "{\"degrees\":\"-Infinity\"}"
      })
  void a_number_given_as_text_even_blank_is_refused(String body) {
    assertRefused(body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"accepted\":\"true\"}",
        "{\"accepted\":\"false\"}",
        "{\"accepted\":\" \"}",
        "{\"accepted\":1}",
        "{\"accepted\":0}",
        "{\"accepted\":0.0}"
      })
  void text_or_a_number_where_a_boolean_is_declared_is_refused(String body) {
    assertRefused(body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"days\":2147483648}",
        "{\"days\":-2147483649}",
        "{\"days\":99999999999999999999999}"
      })
  void a_whole_number_beyond_its_type_is_refused(String body) {
    assertRefused(body);
  }

  @Test
  void text_that_free_text_may_not_hold_is_refused_naming_its_place_in_the_body() {
    assertThatThrownBy(() -> read("{\"sites\":[\"ok\",\"Lake\\u0000side\"]}"))
        .isInstanceOfSatisfying(
            FreeTextStrings.Refused.class,
            refused ->
                assertThat(refused.describe())
                    .startsWith("sites[1] must not contain U+0000 (character 5)"));
    assertThatThrownBy(() -> read("{\"checklist\":{\"bolts\":\"\\u0085\"}}"))
        .isInstanceOfSatisfying(
            FreeTextStrings.Refused.class,
            refused ->
                assertThat(refused.describe())
                    .startsWith("checklist.bolts must not contain U+0085 (character 1)"));
    assertThat(read("{\"note\":\"tab\\tand\\nline feed, 螺栓 😀\"}").note())
        .isEqualTo("tab\tand\nline feed, 螺栓 😀");
  }

  @Test
  void a_name_given_twice_is_refused() {
    assertRefused("{\"note\":\"a\",\"note\":\"b\"}");
    assertRefused("{\"checklist\":{\"bolts\":\"PASS\",\"bolts\":\"FAIL\"}}");
  }

  @Test
  void the_rules_hold_for_any_mapper_the_module_is_added_to() {
    JsonMapper plain = JsonMapper.builder().addModule(new StrictJsonTypes()).build();

    assertThatThrownBy(() -> plain.readValue("{\"note\":7}", Body.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> plain.readValue("{\"days\":\"7\"}", Body.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> plain.readValue("{\"days\":7.0}", Body.class))
        .isInstanceOf(JacksonException.class);
    assertThat(JsonMapper.builder().build().readValue("{\"note\":7}", Body.class).note())
        .isEqualTo("7");
  }
}
