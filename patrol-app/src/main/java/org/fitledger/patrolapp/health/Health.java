package org.fitledger.patrolapp.health;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers {@code GET /health} with {@code {"status":"UP"}} while the server runs. It does not ask
 * the gateway: the gateway has its own health check.
 *
 * <pre>{@code
 * router.get("/health").handler(new Health()::report);
 * }</pre>
 */
public final class Health {

  /** Writes the UP status. */
  public void report(RoutingContext ctx) {
    ctx.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end("{\"status\":\"UP\"}");
  }
}
