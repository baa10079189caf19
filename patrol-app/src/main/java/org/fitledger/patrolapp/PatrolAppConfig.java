package org.fitledger.patrolapp;

import java.net.URI;
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
 */
public record PatrolAppConfig(
    int port, URI gatewayUrl, Duration gatewayTimeout, EvidenceConfig evidence) {

  static final String PORT_VARIABLE = "FITLEDGER_PATROL_APP_PORT";
  static final String GATEWAY_URL_VARIABLE = "FITLEDGER_GATEWAY_URL";
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

  /**
   * Reads {@code FITLEDGER_PATROL_APP_PORT} (default 8081) and {@code FITLEDGER_GATEWAY_URL}
   * (default {@code http://127.0.0.1:8080}), and the evidence store's settings ({@link
   * EvidenceConfig#fromEnvironment}).
   */
  public static PatrolAppConfig fromEnvironment(Map<String, String> env) {
    return new PatrolAppConfig(
        parsePort(env.getOrDefault(PORT_VARIABLE, "").strip()),
        parseUrl(env.getOrDefault(GATEWAY_URL_VARIABLE, "").strip()),
        DEFAULT_GATEWAY_TIMEOUT,
        EvidenceConfig.fromEnvironment(env));
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
