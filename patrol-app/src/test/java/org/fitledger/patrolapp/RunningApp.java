package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.time.Duration;

/** The patrol app deployed on a free port, with a client pointed at it. */
final class RunningApp {

  private RunningApp() {}

  /** Deploys the app in front of {@code gatewayUrl} and returns a client for it. */
  static WebClient start(Vertx vertx, URI gatewayUrl, Duration gatewayTimeout) throws Exception {
    PatrolAppVerticle verticle =
        new PatrolAppVerticle(new PatrolAppConfig(0, gatewayUrl, gatewayTimeout));
    vertx.deployVerticle(verticle).await(5, SECONDS);
    return WebClient.create(
        vertx,
        new WebClientOptions()
            .setDefaultHost("127.0.0.1")
            .setDefaultPort(verticle.port())
            .setFollowRedirects(false));
  }

  static WebClient start(Vertx vertx, URI gatewayUrl) throws Exception {
    return start(vertx, gatewayUrl, Duration.ofSeconds(5));
  }
}
