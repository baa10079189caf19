package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.fitledger.patrolapp.evidence.EvidenceConfig;

/** The patrol app deployed on a free port, with a client pointed at it. */
final class RunningApp {

  private RunningApp() {}

  /** Deploys the app in front of {@code gatewayUrl} and returns a client for it. */
  static WebClient start(Vertx vertx, URI gatewayUrl, Duration gatewayTimeout) throws Exception {
    return start(vertx, new PatrolAppConfig(0, gatewayUrl, gatewayTimeout, freshEvidenceStore()));
  }

  /** Deploys the app with {@code config} and returns a client for it. */
  static WebClient start(Vertx vertx, PatrolAppConfig config) throws Exception {
    return clientFor(vertx, deploy(vertx, config).port());
  }

  static PatrolAppVerticle deploy(Vertx vertx, PatrolAppConfig config) throws Exception {
    PatrolAppVerticle verticle = new PatrolAppVerticle(config);
    vertx.deployVerticle(verticle).await(5, SECONDS);
    return verticle;
  }

  static WebClient clientFor(Vertx vertx, int port) {
    return WebClient.create(
        vertx,
        new WebClientOptions()
            .setDefaultHost("127.0.0.1")
            .setDefaultPort(port)
            .setFollowRedirects(false));
  }

  static WebClient start(Vertx vertx, URI gatewayUrl) throws Exception {
    return start(vertx, gatewayUrl, Duration.ofSeconds(5));
  }

  /** An evidence store of its own under {@code target/}, with the default size limit. */
  static EvidenceConfig freshEvidenceStore() {
    return new EvidenceConfig(
        Path.of("target", "evidence-stores", UUID.randomUUID().toString()),
        EvidenceConfig.DEFAULT_MAX_BYTES);
  }
}
