package org.fitledger.gateway.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The gateway's two pages, the supervisors' dashboard at {@code /dashboard/} and the public page at
 * {@code /public/}: each page is a static resource ({@code static/dashboard/index.html}, {@code
 * static/public/index.html}); this answers the directory URLs with them and gives the pages their
 * map settings.
 */
@Controller
@Hidden
class DashboardController {
  static final String PAGE = "/dashboard/";
  static final String PUBLIC_PAGE = "/public/";

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

  @GetMapping("/public")
  String publicWithSlash() {
    return "redirect:" + PUBLIC_PAGE;
  }

  @GetMapping(PUBLIC_PAGE)
  String publicPage() {
    return "forward:" + PUBLIC_PAGE + "index.html";
  }

  @GetMapping(
      value = {PAGE + "config.json", PUBLIC_PAGE + "config.json"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  MapTiles config() {
    return tiles;
  }
}
