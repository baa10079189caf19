package org.fitledger.patrolapp.page;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Adds the browser security headers to every response: the page may load only its own files and
 * talk only to its own origin; it may show photos it holds in memory ({@code blob:}) before they
 * are sent.
 *
 * <pre>{@code
 * router.route().handler(new SecurityHeaders()::apply);
 * }</pre>
 */
public final class SecurityHeaders {

  /** The Content-Security-Policy sent with every response. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /** Sets the headers and passes the request on. */
  public void apply(RoutingContext ctx) {
    MultiMap headers = ctx.response().headers();
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    ctx.next();
  }
}
