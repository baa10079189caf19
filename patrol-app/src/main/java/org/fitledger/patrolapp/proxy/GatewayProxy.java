package org.fitledger.patrolapp.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * Forwards {@code /api/*} to the gateway with the caller's Authorization header, and relays the
 * gateway's status and body.
 *
 * <pre>{@code
 * router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
 *     .handler(proxy::forward).failureHandler(proxy::reject);
 * }</pre>
 */
public final class GatewayProxy {

  /** The largest request body forwarded; a patrol is well under 2 KiB. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final List<String> REQUEST_HEADERS =
      List.of("Authorization", "Content-Type", "Accept", "Fitledger-Signing");
  // WWW-Authenticate is left out on purpose: relayed to the browser it would open the native
  // Basic-auth dialog over the page's own sign-in form.
  private static final List<String> RESPONSE_HEADERS =
      List.of("Content-Type", "Location", "Retry-After");

  private final WebClient client;
  private final String gatewayUrl;
  private final long timeoutMillis;

  /** Creates a proxy to {@code gatewayUrl} whose calls fail after {@code timeout}. */
  public GatewayProxy(WebClient client, URI gatewayUrl, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl").toString();
    this.timeoutMillis = Objects.requireNonNull(timeout, "timeout").toMillis();
  }

  /**
   * The patrol app's one client of the gateway, shared by the proxy and the evidence store's
   * sign-in check: connections time out after 5 s, redirects are not followed.
   */
  public static WebClient client(Vertx vertx) {
    return WebClient.create(
        vertx,
        new WebClientOptions()
            .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
            .setFollowRedirects(false)
            .setUserAgentEnabled(false));
  }

  /** Sends the request on to the gateway and answers with the gateway's response. */
  public void forward(RoutingContext ctx) {
    HttpRequest<Buffer> upstream =
        client.requestAbs(ctx.request().method(), gatewayUrl + pathAndQuery(ctx));
    upstream.timeout(timeoutMillis);
    copy(ctx.request().headers(), upstream.headers(), REQUEST_HEADERS);
    Buffer body = ctx.body().buffer();
    (body == null || body.length() == 0 ? upstream.send() : upstream.sendBuffer(body))
        .onSuccess(response -> relay(ctx, response))
        .onFailure(failure -> unreachable(ctx, failure));
  }

  /** Answers a failed {@code /api} route, such as an oversized body, with a JSON error. */
  public void reject(RoutingContext ctx) {
    if (ctx.statusCode() == 413) {
      ApiError.send(
          ctx,
          413,
          "PAYLOAD_TOO_LARGE",
          "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      ApiError.send(ctx, ctx.statusCode(), "INVALID_INPUT", "The request could not be read.");
    } else {
      ApiError.send(ctx, 500, "INTERNAL_ERROR", "The patrol app failed to handle the request.");
    }
  }

  // The normalized path is the one the router matched, so a dot segment cannot steer the call
  // outside /api on the gateway.
  private static String pathAndQuery(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String query = request.query();
    return ctx.normalizedPath() + (query == null ? "" : "?" + query);
  }

  private static void relay(RoutingContext ctx, HttpResponse<Buffer> response) {
    copy(response.headers(), ctx.response().headers(), RESPONSE_HEADERS);
    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    ctx.response().setStatusCode(response.statusCode());
    Buffer body = response.body();
    if (body == null) {
      ctx.response().end();
    } else {
      ctx.response().end(body);
    }
  }

  /** Answers a call the gateway did not answer: 504 on a timeout, else 502. */
  public static void unreachable(RoutingContext ctx, Throwable failure) {
    if (failure instanceof TimeoutException) {
      ApiError.send(ctx, 504, "GATEWAY_TIMEOUT", "The gateway did not answer in time.");
    } else {
      ApiError.send(ctx, 502, "GATEWAY_UNREACHABLE", "The gateway could not be reached.");
    }
  }

  private static void copy(MultiMap from, MultiMap to, List<String> names) {
    for (String name : names) {
      List<String> values = from.getAll(name);
      if (!values.isEmpty()) {
        to.set(name, values);
      }
    }
  }
}
