package org.fitledger.patrolapp.evidence;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.fitledger.patrolapp.proxy.ApiError;

/** Answers an evidence request with an error while its body may still be arriving. */
public final class Uploads {

  // What is read and dropped after an early answer before the connection is closed instead. Reading
  // a little lets the client, still sending, see the answer rather than a reset connection.
  static final long DRAIN_LIMIT_BYTES = 1024 * 1024;

  private Uploads() {}

  static String tooLarge(long maxBytes) {
    return "A photo may have at most " + maxBytes + " bytes.";
  }

  /** Answers with the error and drops what is left of the body. */
  public static void refuse(RoutingContext ctx, int status, String code, String message) {
    ApiError.send(ctx, status, code, message);
    discardRest(ctx.request());
  }

  static void discardRest(HttpServerRequest request) {
    if (request.isEnded()) {
      return;
    }
    long[] dropped = {0};
    request.exceptionHandler(failure -> {});
    request.handler(
        chunk -> {
          dropped[0] += chunk.length();
          if (dropped[0] > DRAIN_LIMIT_BYTES && request.version() != HttpVersion.HTTP_2) {
            request.handler(null);
            request.connection().close();
          }
        });
    request.endHandler(ended -> {});
    request.resume();
  }
}
