package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterFilterTest {

  @Test
  void passes_ordinary_parameters_in_any_script() {
    assertThat(
            ParameterFilter.problem(
                Map.of(
                    "company", new String[] {"GREENFIX"},
                    "district", new String[] {"SH/PD"},
                    "q", new String[] {"设备 😀", "", null})))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"GREEN\u0000FIX", "a\tb", "line\nbreak", "\u001b[31m", "\u007f", "\ud800"})
  void names_a_parameter_whose_value_holds_a_control_character_or_unpaired_surrogate(String value) {
    assertThat(ParameterFilter.problem(Map.of("company", new String[] {"ok", value})))
        .hasValueSatisfying(problem -> assertThat(problem).contains("company"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a\u0000"})
  void refuses_a_parameter_without_a_name_or_with_a_control_character_in_it(String name) {
    assertThat(ParameterFilter.problem(Map.of(name, new String[] {"x"}))).isPresent();
  }
}
