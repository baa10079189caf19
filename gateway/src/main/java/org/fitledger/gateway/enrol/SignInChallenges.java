package org.fitledger.gateway.enrol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-time sign-in challenges for enrolled devices: a device proves it holds the person's key by
 * signing a fresh challenge, so that a phone signs in with no password. A challenge lives two
 * minutes and is good for one try, right or wrong; at most {@value #MAX_OPEN} are open at once (the
 * oldest go first).
 *
 * <pre>{@code
 * Challenge c = challenges.issue("inspector1");
 * boolean in = challenges.redeem("inspector1", c.challenge(), derSignature, certificate);
 * }</pre>
 */
final class SignInChallenges {
  /**
   * What a device signs: this prefix and the challenge, so that the signature means nothing else.
   */
  static final String PREFIX = "fitledger-sign-in:";

  static final Duration LIFETIME = Duration.ofMinutes(2);
  static final int MAX_OPEN = 10_000;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Open> open = new LinkedHashMap<>();

  SignInChallenges(Clock clock) {
    this.clock = clock;
  }

  /** A challenge to sign, and until when it is good. */
  record Challenge(String challenge, Instant expiresAt) {}

  private record Open(String username, Instant expiresAt) {}

  /** A fresh challenge for the person, whoever they are: the answer tells nothing of them. */
  synchronized Challenge issue(String username) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiresAt = clock.instant().plus(LIFETIME);
    forgetExpired();
    if (open.size() >= MAX_OPEN) {
      Iterator<String> oldest = open.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    open.put(challenge, new Open(username, expiresAt));
    return new Challenge(challenge, expiresAt);
  }

  /**
   * Whether the signature is the certificate's key's signature of {@link #PREFIX} and a challenge
   * issued to this person, not yet expired nor tried. The challenge is used up either way.
   *
   * @param signature ECDSA over SHA-256, DER
   */
  boolean redeem(String username, String challenge, byte[] signature, X509Certificate certificate) {
    Open issued;
    synchronized (this) {
      issued = challenge == null ? null : open.remove(challenge);
    }
    if (issued == null
        || !issued.username().equals(username)
        || !clock.instant().isBefore(issued.expiresAt())) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(certificate.getPublicKey());
      verifier.update((PREFIX + challenge).getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private void forgetExpired() {
    Instant now = clock.instant();
    open.values().removeIf(o -> !now.isBefore(o.expiresAt()));
  }
}
