package org.fitledger.gateway.enrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInChallengesTest {
  private final MovableClock clock = new MovableClock();
  private final SignInChallenges challenges = new SignInChallenges(clock);

  @Test
  void a_challenge_signed_by_the_enrolled_key_signs_the_person_in_once() throws Exception {
    KeyPair phone = Csrs.p256();
    X509Certificate certificate = certificate(phone);
    String challenge = challenges.issue("inspector1").challenge();
    byte[] signature = sign(phone, challenge);

    assertThat(challenges.redeem("inspector1", challenge, signature, certificate)).isTrue();
    assertThat(challenges.redeem("inspector1", challenge, signature, certificate))
        .as("used once")
        .isFalse();
  }

  @Test
  void another_key_another_person_or_a_late_answer_signs_no_one_in() throws Exception {
    KeyPair phone = Csrs.p256();
    X509Certificate certificate = certificate(phone);

    String forOther = challenges.issue("inspector4").challenge();
    assertThat(challenges.redeem("inspector1", forOther, sign(phone, forOther), certificate))
        .isFalse();
    String byOtherKey = challenges.issue("inspector1").challenge();
    assertThat(
            challenges.redeem("inspector1", byOtherKey, sign(Csrs.p256(), byOtherKey), certificate))
        .isFalse();
    assertThat(challenges.redeem("inspector1", byOtherKey, sign(phone, byOtherKey), certificate))
        .as("a wrong try uses the challenge up")
        .isFalse();
    String late = challenges.issue("inspector1").challenge();
    clock.pass(SignInChallenges.LIFETIME);
    assertThat(challenges.redeem("inspector1", late, sign(phone, late), certificate)).isFalse();
    String garbled = challenges.issue("inspector1").challenge();
    assertThat(challenges.redeem("inspector1", garbled, new byte[] {1, 2, 3}, certificate))
        .isFalse();
    assertThat(challenges.redeem("inspector1", null, new byte[0], certificate)).isFalse();
  }

  @Test
  void the_signature_covers_the_prefix_so_it_means_nothing_elsewhere() throws Exception {
    KeyPair phone = Csrs.p256();
    String challenge = challenges.issue("inspector1").challenge();
    byte[] bare = Csrs.sign(phone.getPrivate(), challenge.getBytes(StandardCharsets.US_ASCII));
    assertThat(challenges.redeem("inspector1", challenge, bare, certificate(phone))).isFalse();
  }

  @Test
  void no_more_than_the_cap_stay_open_and_the_oldest_go_first() throws Exception {
    KeyPair phone = Csrs.p256();
    String oldest = challenges.issue("inspector1").challenge();
    for (int i = 0; i < SignInChallenges.MAX_OPEN; i++) {
      challenges.issue("someone" + i);
    }
    assertThat(challenges.redeem("inspector1", oldest, sign(phone, oldest), certificate(phone)))
        .isFalse();
  }

  private static X509Certificate certificate(KeyPair phone) throws Exception {
    return Csrs.certificate(phone.getPublic(), "CN=inspector1", Csrs.p256());
  }

  private static byte[] sign(KeyPair key, String challenge) throws Exception {
    return Csrs.sign(
        key.getPrivate(),
        (SignInChallenges.PREFIX + challenge).getBytes(StandardCharsets.US_ASCII));
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T09:00:00Z");

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
