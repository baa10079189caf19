package org.fitledger.gateway.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fitledger.gateway.config.JsonFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo people's plain passwords ({@code run/demo-credentials.json}, {@code {"inspector1":
 * "…"}}), for the person running FitLedger and the tests. A person keeps the password the file
 * already gives them, so that what {@code up} printed stays true; anyone else gets a new one.
 *
 * <pre>{@code
 * DemoCredentials credentials = DemoCredentials.read(file);
 * String password = credentials.passwordOf("inspector1");
 * }</pre>
 */
final class DemoCredentials {
  private static final String WHAT = "demo credentials file";
  private static final int PASSWORD_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> passwords;

  private DemoCredentials(Map<String, String> passwords) {
    this.passwords = passwords;
  }

  /** The file's passwords; none when it does not exist. */
  static DemoCredentials read(Path file) {
    Map<String, String> passwords = new LinkedHashMap<>();
    if (Files.exists(file)) {
      JsonFile json = JsonFile.read(file, WHAT);
      for (Map.Entry<String, JsonNode> entry : json.root().properties()) {
        passwords.put(entry.getKey(), json.text(json.root(), entry.getKey(), ""));
      }
    }
    return new DemoCredentials(passwords);
  }

  /** The person's password: the one they have, else a new one of 16 URL-safe characters. */
  String passwordOf(String username) {
    return passwords.computeIfAbsent(username, name -> newPassword());
  }

  /** The file's content: everyone's password, in the file's order, then the new ones. */
  String json() {
    return JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(passwords)
        + "\n";
  }

  private static String newPassword() {
    byte[] bytes = new byte[PASSWORD_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
