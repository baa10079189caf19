package org.fitledger.patrolapp.page;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the web app manifest as {@code application/manifest+json}, a type the static file handler
 * does not know.
 *
 * <pre>{@code
 * router.get("/manifest.webmanifest").handler(new ManifestType()::apply);
 * }</pre>
 */
public final class ManifestType {

  /** The manifest's media type. */
  public static final String MEDIA_TYPE = "application/manifest+json";

  /** Makes the response carry the manifest's type, whatever the next handler sets. */
  public void apply(RoutingContext ctx) {
    ctx.addHeadersEndHandler(
        v -> ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE + "; charset=utf-8"));
    ctx.next();
  }
}
