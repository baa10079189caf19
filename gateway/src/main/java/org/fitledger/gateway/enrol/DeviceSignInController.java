package org.fitledger.gateway.enrol;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Base64;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Session;
import org.fitledger.gateway.people.Tokens;
import org.fitledger.model.error.ErrorCode;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A phone signs its person in with the key it enrolled, not a password: {@code POST
 * /api/v1/session/challenge} gives a one-time challenge, and {@code POST /api/v1/session/device}
 * takes its signature and answers a bearer token. Neither needs a sign-in.
 */
@RestController
@Tag(name = "enrolment")
class DeviceSignInController {
  static final String CHALLENGE = "/api/v1/session/challenge";
  static final String DEVICE = "/api/v1/session/device";
  private static final int MAX_SIGNATURE_CHARS = 200;
  private static final int MAX_USERNAME_CHARS = 64;

  private final SignInChallenges challenges = new SignInChallenges(Clock.systemUTC());
  private final People people;
  private final EnrolledCertificates certificates;
  private final Tokens tokens;

  DeviceSignInController(People people, EnrolledCertificates certificates, Tokens tokens) {
    this.people = people;
    this.certificates = certificates;
    this.tokens = tokens;
  }

  @PostMapping(CHALLENGE)
  @Operation(
      summary = "A one-time challenge for an enrolled device to sign",
      description =
          "Valid 2 minutes, for one try. The device signs the ASCII text 'fitledger-sign-in:'"
              + " followed by the challenge, with ECDSA P-256 over SHA-256 (DER), and sends it"
              + " to /api/v1/session/device.")
  SignInChallenges.Challenge challenge(@RequestBody ChallengeRequest request) {
    String username = request.username() == null ? "" : request.username();
    if (username.length() > MAX_USERNAME_CHARS) {
      throw new CodedException(
          ErrorCode.INVALID_INPUT, "a username has at most " + MAX_USERNAME_CHARS + " characters");
    }
    return challenges.issue(username);
  }

  @PostMapping(DEVICE)
  @Operation(
      summary = "Sign in with an enrolled device's key",
      description =
          "Answers a bearer token when the signature of the challenge verifies against the"
              + " certificate the person enrolled last; 401 UNAUTHENTICATED otherwise.")
  Session signIn(@RequestBody DeviceSignIn request) {
    Person person =
        people
            .find(request.username() == null ? "" : request.username())
            .filter(p -> certificates.enrolled(p.username()).isPresent())
            .filter(
                p ->
                    challenges.redeem(
                        p.username(),
                        request.challenge(),
                        signature(request.signature()),
                        certificates.enrolled(p.username()).orElseThrow()))
            .orElseThrow(
                () ->
                    new CodedException(
                        ErrorCode.UNAUTHENTICATED,
                        "the challenge's signature does not verify against a device this person"
                            + " enrolled, or the challenge expired or was used; ask for a new"
                            + " one"));
    return Session.of(tokens.issue(person), person);
  }

  private static byte[] signature(String base64) {
    if (base64 == null || base64.isEmpty() || base64.length() > MAX_SIGNATURE_CHARS) {
      return new byte[0];
    }
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  /**
   * @param username who will sign in
   */
  record ChallengeRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_USERNAME_CHARS)
          String username) {}

  /**
   * A device's sign-in.
   *
   * @param username who signs in
   * @param challenge the challenge from /api/v1/session/challenge
   * @param signature the device's signature of 'fitledger-sign-in:' and the challenge, base64 DER
   */
  record DeviceSignIn(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String challenge,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_SIGNATURE_CHARS)
          String signature) {}
}
