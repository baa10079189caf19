package org.fitledger.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final Set<String> NAMES = Set.of("--url", "--user");

  @Test
  void reads_options_given_as_two_arguments_or_with_an_equals_sign() throws UsageException {
    Options options =
        Options.parse(List.of("--url", "http://127.0.0.1:8080", "--user=supervisor1"), NAMES);

    assertThat(options.required("--url")).isEqualTo("http://127.0.0.1:8080");
    assertThat(options.required("--user")).isEqualTo("supervisor1");
  }

  @Test
  void says_which_required_option_is_missing() throws UsageException {
    Options options = Options.parse(List.of("--url", "http://x"), NAMES);

    assertThat(options.optional("--user")).isEmpty();
    assertThatThrownBy(() -> options.required("--user"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--user is missing");
  }

  @Test
  void refuses_an_option_the_command_does_not_take() {
    assertThatThrownBy(() -> Options.parse(List.of("--password", "secret"), NAMES))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown argument --password");
  }

  @Test
  void refuses_an_argument_that_is_not_an_option() {
    assertThatThrownBy(() -> Options.parse(List.of("supervisor1"), NAMES))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown argument supervisor1");
  }

  @Test
  void refuses_an_option_without_a_value() {
    assertThatThrownBy(() -> Options.parse(List.of("--user"), NAMES))
        .isInstanceOf(UsageException.class)
        .hasMessage("--user needs a value");
  }

  @Test
  void refuses_an_option_given_twice() {
    assertThatThrownBy(() -> Options.parse(List.of("--user", "a", "--user", "b"), NAMES))
        .isInstanceOf(UsageException.class)
        .hasMessage("--user is given twice");
  }
}
