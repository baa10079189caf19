package org.fitledger.patrolapp.page;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Makes browsers revalidate the page's files on each load. The file names carry no version, so a
 * cached copy could otherwise keep an old script running after an update.
 *
 * <pre>{@code
 * router.route().handler(new CachePolicy()::revalidate).handler(StaticHandler.create("webroot"));
 * }</pre>
 */
public final class CachePolicy {

  /** Sets {@code Cache-Control: no-cache} and passes the request on. */
  public void revalidate(RoutingContext ctx) {
    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    ctx.next();
  }
}
