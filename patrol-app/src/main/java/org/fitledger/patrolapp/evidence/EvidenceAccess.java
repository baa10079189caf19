package org.fitledger.patrolapp.evidence;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Lets an evidence request through only for a person the gateway knows: it asks {@code GET
 * /api/v1/me} with the request's Authorization header. Anyone signed in may read photos; only
 * inspectors and contractors may upload them. A confirmed role is remembered for 30 seconds.
 *
 * <pre>{@code
 * router.put("/evidence/:sha256").handler(access::mayUpload).handler(evidence::upload);
 * }</pre>
 */
public final class EvidenceAccess {

  /** The gateway's roles that may upload photos: the people who record inspections and repairs. */
  public static final Set<String> UPLOADING_ROLES = Set.of("inspector", "contractor");

  static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);
  static final int REMEMBERED_PEOPLE = 1024;

  private final WebClient client;
  private final String meUrl;
  private final long timeoutMillis;
  private final AccessCache cache;

  /** Creates the check against the gateway at {@code gatewayUrl}, through {@code client}. */
  public EvidenceAccess(WebClient client, URI gatewayUrl, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.meUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl") + "/api/v1/me";
    this.timeoutMillis = Objects.requireNonNull(timeout, "timeout").toMillis();
    this.cache = new AccessCache(REMEMBERED_FOR, REMEMBERED_PEOPLE, System::nanoTime);
  }

  /** Passes the request on for anyone signed in. */
  public void mayRead(RoutingContext ctx) {
    check(ctx, false);
  }

  /** Passes the request on for a signed-in inspector or contractor. */
  public void mayUpload(RoutingContext ctx) {
    check(ctx, true);
  }

  private void check(RoutingContext ctx, boolean upload) {
    // The body waits, unread, until the person is known.
    ctx.request().pause();
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || authorization.isBlank()) {
      Uploads.refuse(ctx, 401, "UNAUTHENTICATED", "Sign in to send or see photos.");
      return;
    }
    cache
        .role(authorization)
        .map(Future::succeededFuture)
        .orElseGet(() -> askGateway(authorization))
        .onSuccess(role -> decide(ctx, role, upload))
        .onFailure(failure -> refuse(ctx, failure));
  }

  private Future<String> askGateway(String authorization) {
    return client
        .getAbs(meUrl)
        .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
        .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
        .timeout(timeoutMillis)
        .send()
        .compose(response -> roleOf(response, authorization));
  }

  private Future<String> roleOf(HttpResponse<Buffer> response, String authorization) {
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      return Future.failedFuture(new NotSignedIn());
    }
    if (response.statusCode() != 200) {
      return Future.failedFuture(new IllegalStateException("gateway " + response.statusCode()));
    }
    String role;
    try {
      role = response.bodyAsJsonObject().getString("role");
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (role == null) {
      return Future.failedFuture(new IllegalStateException("no role in the gateway's answer"));
    }
    cache.remember(authorization, role);
    return Future.succeededFuture(role);
  }

  private static void decide(RoutingContext ctx, String role, boolean upload) {
    if (upload && !UPLOADING_ROLES.contains(role)) {
      Uploads.refuse(
          ctx, 403, "ACCESS_DENIED", "Only inspectors and contractors upload photos, not " + role);
    } else {
      ctx.next();
    }
  }

  private static void refuse(RoutingContext ctx, Throwable failure) {
    if (failure instanceof NotSignedIn) {
      Uploads.refuse(ctx, 401, "UNAUTHENTICATED", "The gateway does not know these credentials.");
    } else if (failure instanceof TimeoutException) {
      Uploads.refuse(ctx, 504, "GATEWAY_TIMEOUT", "The gateway did not answer in time.");
    } else {
      Uploads.refuse(ctx, 502, "GATEWAY_UNREACHABLE", "The gateway could not confirm who you are.");
    }
  }

  private static final class NotSignedIn extends Exception {
    private static final long serialVersionUID = 1L;

    NotSignedIn() {
      super("not signed in", null, false, false);
    }
  }
}
