package org.fitledger.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fitledger.gateway.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(DashboardController.class)
@Import(TestPeople.class)
class DashboardPageTest {
  @Autowired MockMvcTester mvc;

  @Test
  void serves_the_page_without_credentials() throws Exception {
    assertThat(mvc.get().uri("/dashboard/")).hasStatusOk().hasForwardedUrl("/dashboard/index.html");
    assertThat(mvc.get().uri("/dashboard/index.html")).hasStatusOk();
    assertThat(text("/dashboard/index.html"))
        .contains("<title>FitLedger · Supervisor dashboard</title>")
        .contains("<script type=\"module\" src=\"dashboard.js\"></script>");
  }

  @Test
  void serves_the_bundled_script_and_stylesheet_without_credentials() throws Exception {
    assertThat(mvc.get().uri("/dashboard/dashboard.js")).hasStatusOk();
    assertThat(text("/dashboard/dashboard.css"))
        .contains(".leaflet-container")
        .doesNotContain("http://", "https://");
  }

  @Test
  void keeps_the_api_closed_to_requests_without_credentials() {
    assertThat(mvc.get().uri("/api/v1/me")).hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(mvc.get().uri("/api/v1/audit/sla")).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void redirects_the_url_without_its_slash() {
    assertThat(mvc.get().uri("/dashboard"))
        .hasStatus(HttpStatus.FOUND)
        .hasHeader(HttpHeaders.LOCATION, "/dashboard/");
  }

  @Test
  void tells_the_page_that_it_has_no_map_tiles_by_default() {
    assertThat(mvc.get().uri("/dashboard/config.json"))
        .hasStatusOk()
        .bodyJson()
        .isStrictlyEqualTo("{\"tileUrl\":null,\"tileAttribution\":null}");
  }

  @Test
  void serves_the_page_with_a_policy_that_allows_only_the_gateway_itself() {
    assertThat(mvc.get().uri("/dashboard/index.html"))
        .hasHeader(
            PageHeaders.CSP,
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors"
                + " 'none'")
        .hasHeader("X-Content-Type-Options", "nosniff")
        .hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
  }

  @Test
  void leaves_the_api_headers_alone() {
    assertThat(mvc.get().uri("/api/v1/me").exchange().getResponse().getHeader(PageHeaders.CSP))
        .isNull();
  }

  private String text(String path) throws Exception {
    return mvc.get().uri(path).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void serves_the_public_page_without_credentials_under_the_same_policy() throws Exception {
    assertThat(mvc.get().uri("/public/")).hasStatusOk().hasForwardedUrl("/public/index.html");
    assertThat(mvc.get().uri("/public"))
        .hasStatus(HttpStatus.FOUND)
        .hasHeader(HttpHeaders.LOCATION, "/public/");
    assertThat(mvc.get().uri("/public/index.html"))
        .hasStatusOk()
        .hasHeader(PageHeaders.CSP, PageHeaders.policy(new MapTiles(null, null)));
    assertThat(text("/public/index.html"))
        .contains("<script type=\"module\" src=\"public.js\"></script>");
    assertThat(mvc.get().uri("/public/public.js")).hasStatusOk();
    assertThat(text("/public/public.css")).doesNotContain("http://", "https://");
  }

  @Test
  void leaves_the_public_api_headers_alone() {
    assertThat(
            mvc.get().uri("/public/v1/faults").exchange().getResponse().getHeader(PageHeaders.CSP))
        .isNull();
  }
}
