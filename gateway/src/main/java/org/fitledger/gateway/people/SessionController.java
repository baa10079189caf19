package org.fitledger.gateway.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/session}: trades a password, given as HTTP Basic credentials or as {@code
 * {"username","password"}}, for a short-lived bearer token.
 */
@RestController
@Tag(name = "session")
class SessionController {
  static final String PATH = "/api/v1/session";

  private final Authenticator authenticator;
  private final Tokens tokens;

  SessionController(Authenticator authenticator, Tokens tokens) {
    this.authenticator = authenticator;
    this.tokens = tokens;
  }

  @PostMapping(PATH)
  @Operation(
      summary = "Sign in",
      description =
          "With HTTP Basic credentials, or without an Authorization header and a body"
              + " {\"username\",\"password\"}; answers a bearer token to send as"
              + " 'Authorization: Bearer <token>' until it expires.")
  Session signIn(
      @RequestAttribute(name = CurrentPerson.ATTRIBUTE, required = false) Person signedIn,
      @RequestBody(required = false) Credentials credentials) {
    Person person = signedIn;
    if (person == null) {
      if (credentials == null || credentials.username() == null || credentials.password() == null) {
        throw new CodedException(
            ErrorCode.UNAUTHENTICATED, "HTTP Basic credentials or {username, password} needed");
      }
      person =
          authenticator
              .authenticate(credentials.username(), credentials.password())
              .orElseThrow(
                  () ->
                      new CodedException(ErrorCode.UNAUTHENTICATED, "wrong username or password"));
    }
    Tokens.Issued issued = tokens.issue(person);
    return new Session(
        issued.token(),
        "Bearer",
        issued.lifetime().toSeconds(),
        issued.expiresAt().toString(),
        person.username());
  }

  /** A password sign-in. */
  record Credentials(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {
    @Override
    public String toString() {
      return "Credentials[username=" + username + "]";
    }
  }

  /**
   * An issued token.
   *
   * @param accessToken the bearer token
   * @param tokenType always {@code Bearer}
   * @param expiresIn seconds until it expires
   * @param expiresAt when it expires, ISO-8601 UTC
   * @param username whom it names
   */
  record Session(
      String accessToken, String tokenType, long expiresIn, String expiresAt, String username) {}
}
