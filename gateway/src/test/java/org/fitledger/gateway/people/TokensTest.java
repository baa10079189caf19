package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(15);

  private static Tokens at(Instant now) {
    return new Tokens(TestPeople.TOKEN_KEY, LIFETIME, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void a_token_names_the_person_it_was_issued_to() {
    Tokens.Issued issued = at(T0).issue(TestPeople.INSPECTOR);

    assertThat(at(T0.plusSeconds(60)).verify(issued.token())).contains("inspector1");
    assertThat(issued.expiresAt()).isEqualTo(T0.plus(LIFETIME));
  }

  @Test
  void is_signed_with_hs256() {
    String header = at(T0).issue(TestPeople.INSPECTOR).token().split("\\.")[0];

    assertThat(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8))
        .contains("\"alg\":\"HS256\"");
  }

  @Test
  void is_accepted_until_its_expiry_and_refused_after() {
    String token = at(T0).issue(TestPeople.INSPECTOR).token();

    assertThat(at(T0.plus(LIFETIME).minusSeconds(1)).verify(token)).isPresent();
    assertThat(at(T0.plus(LIFETIME).plusSeconds(1)).verify(token)).isEmpty();
  }

  @Test
  void is_refused_before_it_was_issued() {
    String token = at(T0).issue(TestPeople.INSPECTOR).token();

    assertThat(at(T0.minusSeconds(5)).verify(token)).isEmpty();
  }

  @Test
  void a_changed_claim_breaks_the_signature() {
    String[] parts = at(T0).issue(TestPeople.INSPECTOR).token().split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("inspector1", "supervisor1");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertThat(at(T0).verify(forged)).isEmpty();
  }

  @Test
  void a_token_signed_with_another_key_is_refused() {
    byte[] other = "another-key-another-key-another-k".getBytes(StandardCharsets.UTF_8);
    String token =
        new Tokens(other, LIFETIME, Clock.fixed(T0, ZoneOffset.UTC))
            .issue(TestPeople.INSPECTOR)
            .token();

    assertThat(at(T0).verify(token)).isEmpty();
  }

  @Test
  void an_unsigned_token_is_refused() {
    String[] parts = at(T0).issue(TestPeople.INSPECTOR).token().split("\\.");
    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(at(T0).verify(none + "." + parts[1] + ".")).isEmpty();
  }

  @Test
  void garbage_is_refused() {
    assertThat(at(T0).verify("not-a-jwt")).isEmpty();
    assertThat(at(T0).verify("")).isEmpty();
  }

  @Test
  void refuses_a_key_shorter_than_256_bits() {
    assertThatThrownBy(() -> new Tokens(new byte[31], LIFETIME, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("31 bytes");
  }

  @Test
  void each_token_has_its_own_id() {
    Tokens tokens = at(T0);

    assertThat(tokens.issue(TestPeople.INSPECTOR).token())
        .isNotEqualTo(tokens.issue(TestPeople.INSPECTOR).token());
  }
}
