package org.fitledger.patrolapp;

import io.vertx.core.Vertx;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Starts the patrol app from the environment.
 *
 * <pre>{@code
 * FITLEDGER_GATEWAY_URL=http://127.0.0.1:8080 java -jar fitledger-patrol-app.jar
 * }</pre>
 */
public final class PatrolAppMain {

  private static final Logger LOG = System.getLogger(PatrolAppMain.class.getName());

  private PatrolAppMain() {}

  /** Deploys the server and exits with status 1 if it cannot start. */
  public static void main(String[] args) {
    PatrolAppConfig config = PatrolAppConfig.fromEnvironment(System.getenv());
    Vertx vertx = Vertx.vertx();
    PatrolAppVerticle verticle = new PatrolAppVerticle(config);
    vertx
        .deployVerticle(verticle)
        .onSuccess(
            id ->
                LOG.log(
                    Level.INFO,
                    "Patrol app listening on port {0}, gateway {1}, photos in {2}",
                    String.valueOf(verticle.port()),
                    config.gatewayUrl(),
                    config.evidence().directory().toAbsolutePath()))
        .onFailure(
            failure -> {
              LOG.log(Level.ERROR, "Patrol app could not start", failure);
              vertx.close().onComplete(closed -> System.exit(1));
            });
  }
}
