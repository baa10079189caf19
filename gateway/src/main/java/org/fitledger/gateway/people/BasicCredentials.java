package org.fitledger.gateway.people;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A username and password from an HTTP {@code Authorization: Basic ...} header. */
record BasicCredentials(String username, String password) {
  private static final String PREFIX = "basic ";

  /**
   * Parses the header value; empty when it is absent, not Basic, or not {@code base64(user:pass)}.
   */
  static Optional<BasicCredentials> parse(String header) {
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      byte[] bytes = Base64.getDecoder().decode(header.substring(PREFIX.length()).trim());
      decoded = new String(bytes, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return "BasicCredentials[username=" + username + "]";
  }
}
