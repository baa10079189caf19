package org.fitledger.gateway.people;

/**
 * An issued token, as every sign-in answers it (a password's, a device's key's).
 *
 * @param accessToken the bearer token
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until it expires
 * @param expiresAt when it expires, ISO-8601 UTC
 * @param username whom it names
 */
public record Session(
    String accessToken, String tokenType, long expiresIn, String expiresAt, String username) {

  /** The answer for a token issued to a person. */
  public static Session of(Tokens.Issued issued, Person person) {
    return new Session(
        issued.token(),
        "Bearer",
        issued.lifetime().toSeconds(),
        issued.expiresAt().toString(),
        person.username());
  }
}
