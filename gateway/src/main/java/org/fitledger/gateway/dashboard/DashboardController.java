package org.fitledger.gateway.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /dashboard/}: the page itself is a static resource ({@code static/dashboard/index.html});
 * this answers the directory URL with it and gives the page its map settings.
 */
@Controller
@Hidden
class DashboardController {
  static final String PAGE = "/dashboard/";

  private final MapTiles tiles;

  DashboardController(
      @Value(MapTiles.URL_SETTING) String tileUrl,
      @Value(MapTiles.ATTRIBUTION_SETTING) String tileAttribution) {
    this.tiles = new MapTiles(tileUrl, tileAttribution);
  }

  @GetMapping("/dashboard")
  String withSlash() {
    return "redirect:" + PAGE;
  }

  @GetMapping(PAGE)
  String page() {
    return "forward:" + PAGE + "index.html";
  }

  @GetMapping(value = PAGE + "config.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  MapTiles config() {
    return tiles;
  }
}
