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
    return Session.of(tokens.issue(person), person);
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
}
