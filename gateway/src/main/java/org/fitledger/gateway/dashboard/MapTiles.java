package org.fitledger.gateway.dashboard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard map's optional background tiles. Without a URL (the default) the page draws its
 * markers on a plain surface and fetches nothing from outside the gateway.
 *
 * <p>{@code new MapTiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "© Example")}
 *
 * @param tileUrl a Leaflet tile URL template, or null or empty for none
 * @param tileAttribution the attribution the tiles' licence asks for
 */
record MapTiles(String tileUrl, String tileAttribution) {
  /** The setting of the tile URL ({@code FITLEDGER_DASHBOARD_TILE_URL}), empty by default. */
  static final String URL_SETTING = "${fitledger.dashboard.tile-url:}";

  /** The setting of the attribution ({@code FITLEDGER_DASHBOARD_TILE_ATTRIBUTION}). */
  static final String ATTRIBUTION_SETTING = "${fitledger.dashboard.tile-attribution:}";

  private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#]+)");

  /** Turns empty settings into nulls. */
  MapTiles {
    tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
    tileAttribution = tileAttribution == null || tileAttribution.isBlank() ? null : tileAttribution;
  }

  /**
   * The origin the page may load tile images from, as a CSP source: the template's host with
   * Leaflet's {@code {s}} subdomain as a wildcard.
   */
  Optional<String> cspSource() {
    if (tileUrl == null) {
      return Optional.empty();
    }
    Matcher origin = ORIGIN.matcher(tileUrl);
    return origin.find() ? Optional.of(origin.group(1).replace("{s}", "*")) : Optional.empty();
  }
}
