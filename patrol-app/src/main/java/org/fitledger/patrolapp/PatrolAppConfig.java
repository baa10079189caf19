package org.fitledger.patrolapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.fitledger.patrolapp.evidence.EvidenceConfig;

/**
 * Where the patrol app listens and which gateway it forwards {@code /api} calls to.
 *
 * <pre>{@code
 * PatrolAppConfig config = PatrolAppConfig.fromEnvironment(System.getenv());
 * }</pre>
 *
 * @param port the HTTP port to listen on; 0 picks a free one
 * @param gatewayUrl the gateway's base URL, without a trailing slash
 * @param gatewayTimeout how long one call to the gateway may take
 * @param evidence where photos are stored and how large one may be
 * @param open311Key the field app's Open311 {@code api_key}, with which it files residents'
 *     reports; null when it files none
 */
public record PatrolAppConfig(
    int port, URI gatewayUrl, Duration gatewayTimeout, EvidenceConfig evidence, String open311Key) {

  static final String PORT_VARIABLE = "FITLEDGER_PATROL_APP_PORT";
  static final String GATEWAY_URL_VARIABLE = "FITLEDGER_GATEWAY_URL";
  static final String OPEN311_KEY_FILE_VARIABLE = "FITLEDGER_OPEN311_KEY_FILE";
  static final int DEFAULT_PORT = 8081;
  static final String DEFAULT_GATEWAY_URL = "http://127.0.0.1:8080";

  // The gateway answers a write only after the indexer has caught up (up to 5 s) on top of
  // endorsement and ordering, so this leaves room for a slow commit.
  static final Duration DEFAULT_GATEWAY_TIMEOUT = Duration.ofSeconds(30);

  /** Checks every component and drops a trailing slash from the gateway URL. */
  public PatrolAppConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    Objects.requireNonNull(gatewayTimeout, "gatewayTimeout");
    Objects.requireNonNull(evidence, "evidence");
    if (!"http".equals(gatewayUrl.getScheme()) && !"https".equals(gatewayUrl.getScheme())
        || gatewayUrl.getHost() == null) {
      throw new IllegalArgumentException("gateway URL must be an http(s) URL: " + gatewayUrl);
    }
    if (gatewayTimeout.isNegative() || gatewayTimeout.isZero()) {
      throw new IllegalArgumentException("gatewayTimeout must be positive");
    }
    gatewayUrl = URI.create(gatewayUrl.toString().replaceAll("/+$", ""));
  }

  /** A configuration that files no residents' reports. */
  public PatrolAppConfig(
      int port, URI gatewayUrl, Duration gatewayTimeout, EvidenceConfig evidence) {
    this(port, gatewayUrl, gatewayTimeout, evidence, null);
  }

  /**
   * Reads {@code FITLEDGER_PATROL_APP_PORT} (default 8081) and {@code FITLEDGER_GATEWAY_URL}
   * (default {@code http://127.0.0.1:8080}), the evidence store's settings ({@link
   * EvidenceConfig#fromEnvironment}) and the file of the Open311 key ({@code
   * FITLEDGER_OPEN311_KEY_FILE}; unset, residents' reports are refused).
   */
  public static PatrolAppConfig fromEnvironment(Map<String, String> env) {
    return new PatrolAppConfig(
        parsePort(env.getOrDefault(PORT_VARIABLE, "").strip()),
        parseUrl(env.getOrDefault(GATEWAY_URL_VARIABLE, "").strip()),
        DEFAULT_GATEWAY_TIMEOUT,
        EvidenceConfig.fromEnvironment(env),
        readKey(env.getOrDefault(OPEN311_KEY_FILE_VARIABLE, "").strip()));
  }

  private static String readKey(String file) {
    if (file.isEmpty()) {
      return null;
    }
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(OPEN311_KEY_FILE_VARIABLE + " cannot be read: " + file, e);
    }
  }

  private static int parsePort(String value) {
    if (value.isEmpty()) {
      return DEFAULT_PORT;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT_VARIABLE + " is not a number: " + value, e);
    }
  }

  private static URI parseUrl(String value) {
    try {
      return URI.create(value.isEmpty() ? DEFAULT_GATEWAY_URL : value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(GATEWAY_URL_VARIABLE + " is not a URL: " + value, e);
    }
  }
}
