package org.fitledger.gateway.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the gateway's pages, the supervisors' dashboard under {@code /dashboard} and the public
 * page under {@code /public/} (not its API, {@code /public/v1/}), with a content security policy
 * that lets a page load only the gateway's own scripts, styles and API (and the tile host, when one
 * is set), never inside a frame, and revalidated on every load.
 */
@Component
class PageHeaders extends OncePerRequestFilter {
  static final String CSP = "Content-Security-Policy";

  private final String policy;

  PageHeaders(
      @Value(MapTiles.URL_SETTING) String tileUrl,
      @Value(MapTiles.ATTRIBUTION_SETTING) String tileAttribution) {
    this.policy = policy(new MapTiles(tileUrl, tileAttribution));
  }

  static String policy(MapTiles tiles) {
    String images = "'self' data: blob:" + tiles.cspSource().map(s -> " " + s).orElse("");
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src "
        + images
        + "; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/dashboard")
        || path.startsWith(DashboardController.PAGE)
        || path.equals("/public")
        || (path.startsWith(DashboardController.PUBLIC_PAGE) && !path.startsWith("/public/v1/")));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(CSP, policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    chain.doFilter(request, response);
  }
}
