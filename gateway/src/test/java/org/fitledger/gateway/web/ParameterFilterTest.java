package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

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

  @Test
  void answers_invalid_input_when_the_container_cannot_parse_the_query() throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("GET", "/api/v1/tickets") {
          @Override
          public Map<String, String[]> getParameterMap() {
            throw new IllegalStateException("a parameter was found with no name");
          }
        };
    List<Exception> resolved = new ArrayList<>();
    HandlerExceptionResolver errors =
        (req, res, handler, e) -> {
          resolved.add(e);
          return new ModelAndView();
        };
    MockFilterChain chain = new MockFilterChain();

    new ParameterFilter(errors).doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).as("the request went no further").isNull();
    assertThat(resolved)
        .singleElement()
        .isInstanceOfSatisfying(
            CodedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(e.getMessage()).startsWith("the query cannot be read");
            });
  }
}
