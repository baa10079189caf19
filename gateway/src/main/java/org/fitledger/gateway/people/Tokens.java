package org.fitledger.gateway.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Short-lived bearer tokens: HMAC-SHA256 signed JWTs naming a person, issued after a password check
 * and accepted instead of the password until they expire.
 *
 * <pre>{@code
 * Tokens tokens = new Tokens(key, Duration.ofMinutes(15), Clock.systemUTC());
 * Tokens.Issued issued = tokens.issue(person);
 * Optional<String> username = tokens.verify(issued.token());
 * }</pre>
 */
public final class Tokens {
  /** The {@code iss} claim of every token. */
  public static final String ISSUER = "fitledger-gateway";

  /** The fewest key bytes HS256 accepts. */
  public static final int MIN_KEY_BYTES = 32;

  private final Duration lifetime;
  private final Clock clock;
  private final NimbusJwtEncoder encoder;
  private final NimbusJwtDecoder decoder;

  /**
   * @param key the HMAC key, at least {@value #MIN_KEY_BYTES} bytes
   * @param lifetime how long a token is accepted
   * @param clock the clock for issuing and checking
   */
  public Tokens(byte[] key, Duration lifetime, Clock clock) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the token key has " + key.length + " bytes, at least " + MIN_KEY_BYTES + " needed");
    }
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("the token lifetime must be positive: " + lifetime);
    }
    this.lifetime = lifetime;
    this.clock = clock;
    SecretKey secret = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.encoder = NimbusJwtEncoder.withSecretKey(secret).algorithm(MacAlgorithm.HS256).build();
    this.decoder = NimbusJwtDecoder.withSecretKey(secret).macAlgorithm(MacAlgorithm.HS256).build();
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    timestamps.setClock(clock);
    timestamps.setAllowEmptyExpiryClaim(false);
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(List.of(timestamps, new JwtIssuerValidator(ISSUER))));
  }

  /**
   * Issues a token for a person.
   *
   * @param person who it names
   * @return the token and when it expires
   */
  public Issued issue(Person person) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(lifetime);
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .subject(person.username())
            .issuedAt(now)
            .notBefore(now)
            .expiresAt(expiresAt)
            .id(UUID.randomUUID().toString())
            .build();
    String token =
        encoder
            .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
            .getTokenValue();
    return new Issued(token, expiresAt, lifetime);
  }

  /**
   * The username a token names, if its signature, issuer and lifetime are right.
   *
   * @param token the compact JWT
   * @return the username, or empty for a forged, altered, expired or malformed token
   */
  public Optional<String> verify(String token) {
    try {
      return Optional.ofNullable(decoder.decode(token).getSubject());
    } catch (JwtException e) {
      return Optional.empty();
    }
  }

  /**
   * An issued token.
   *
   * @param token the compact JWT
   * @param expiresAt when it stops being accepted
   * @param lifetime how long it is accepted from now
   */
  public record Issued(String token, Instant expiresAt, Duration lifetime) {}
}
