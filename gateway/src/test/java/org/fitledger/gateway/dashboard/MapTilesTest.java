package org.fitledger.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapTilesTest {

  @Test
  void has_no_tiles_when_the_url_is_empty() {
    MapTiles tiles = new MapTiles(" ", "");
    assertThat(tiles.tileUrl()).isNull();
    assertThat(tiles.tileAttribution()).isNull();
    assertThat(tiles.cspSource()).isEmpty();
  }

  @Test
  void allows_images_from_the_tile_host_with_leaflets_subdomains_as_a_wildcard() {
    MapTiles tiles = new MapTiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "© Example");
    assertThat(tiles.cspSource()).contains("https://*.tiles.example.org");
    assertThat(PageHeaders.policy(tiles))
        .contains("img-src 'self' data: blob: https://*.tiles.example.org;");
  }

  @Test
  void allows_a_tile_server_on_another_port() {
    assertThat(new MapTiles("http://127.0.0.1:8090/tiles/{z}/{x}/{y}.png", null).cspSource())
        .contains("http://127.0.0.1:8090");
  }
}
