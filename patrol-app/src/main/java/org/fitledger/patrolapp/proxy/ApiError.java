package org.fitledger.patrolapp.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes an error in the gateway's shape, {@code {"code","message"}}, so the page reads one.
 *
 * <pre>{@code
 * ApiError.send(ctx, 404, "EVIDENCE_NOT_FOUND", "The store has no photo with this hash.");
 * }</pre>
 */
public final class ApiError {

  private ApiError() {}

  /** Answers with the error, or resets the response if its head has already gone out. */
  public static void send(RoutingContext ctx, int status, String code, String message) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(new JsonObject().put("code", code).put("message", message).encode());
  }
}
