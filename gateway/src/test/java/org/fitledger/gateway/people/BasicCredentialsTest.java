package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splits_at_the_first_colon_so_passwords_may_contain_colons() {
    assertThat(BasicCredentials.parse(basic("inspector1:a:b")))
        .contains(new BasicCredentials("inspector1", "a:b"));
  }

  @Test
  void accepts_the_scheme_in_any_case() {
    assertThat(BasicCredentials.parse(basic("u:p").replace("Basic", "bAsIc")))
        .contains(new BasicCredentials("u", "p"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "Bearer abc", "Basic", "Basic !!!", "Basic dXNlcg=="})
  void finds_nothing_in_a_missing_or_malformed_header(String header) {
    assertThat(BasicCredentials.parse(header)).isEmpty();
  }

  @Test
  void keeps_the_password_out_of_toString() {
    assertThat(new BasicCredentials("u", "secret").toString()).doesNotContain("secret");
  }
}
