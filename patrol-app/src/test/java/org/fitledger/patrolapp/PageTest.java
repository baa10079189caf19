package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fitledger.patrolapp.page.SecurityHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PageTest {

  private WebClient app;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    app = RunningApp.start(vertx, FakeGateway.unreachable(vertx));
  }

  @Test
  void serves_the_patrol_page_at_the_root() throws Exception {
    HttpResponse<Buffer> response = app.get("/").send().await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/html");
    assertThat(response.bodyAsString())
        .contains(
            "name=\"viewport\"",
            "id=\"view\"",
            "<script type=\"module\" src=\"app.js\">",
            "rel=\"manifest\"");
  }

  @Test
  void sends_the_security_headers_with_the_page() throws Exception {
    HttpResponse<Buffer> response = app.get("/index.html").send().await(5, SECONDS);

    assertThat(response.getHeader("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .startsWith("default-src 'self';");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void tells_browsers_to_revalidate_the_page_files() throws Exception {
    HttpResponse<Buffer> response = app.get("/app.js").send().await(5, SECONDS);

    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void serves_the_script_and_the_style_with_their_content_types() throws Exception {
    HttpResponse<Buffer> script = app.get("/app.js").send().await(5, SECONDS);
    HttpResponse<Buffer> style = app.get("/app.css").send().await(5, SECONDS);

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.getHeader("Content-Type")).contains("javascript");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.getHeader("Content-Type")).startsWith("text/css");
  }

  @Test
  void serves_the_service_worker_with_the_shell_it_caches() throws Exception {
    HttpResponse<Buffer> worker = app.get("/sw.js").send().await(5, SECONDS);

    assertThat(worker.statusCode()).isEqualTo(200);
    assertThat(worker.getHeader("Content-Type")).contains("javascript");
    assertThat(worker.getHeader("Cache-Control")).isEqualTo("no-cache");
    String body = worker.bodyAsString();
    assertThat(body).doesNotContain("__VERSION__", "__SHELL__").contains("\"app.js\"", "\"./\"");
    for (String file : shellFiles(body)) {
      assertThat(app.get("/" + file).send().await(5, SECONDS).statusCode()).as(file).isEqualTo(200);
    }
  }

  @Test
  void serves_the_web_app_manifest() throws Exception {
    HttpResponse<Buffer> manifest = app.get("/manifest.webmanifest").send().await(5, SECONDS);

    assertThat(manifest.statusCode()).isEqualTo(200);
    assertThat(manifest.getHeader("Content-Type")).startsWith("application/manifest+json");
    assertThat(manifest.bodyAsJsonObject().getString("display")).isEqualTo("standalone");
  }

  private static List<String> shellFiles(String worker) {
    Matcher list = Pattern.compile("const SHELL = (\\[[^\\]]*\\]);").matcher(worker);
    assertThat(list.find()).as("the worker names its shell").isTrue();
    return new JsonArray(list.group(1))
        .stream().map(String::valueOf).filter(f -> !f.equals("./")).toList();
  }

  @Test
  void answers_404_for_a_file_that_does_not_exist() throws Exception {
    HttpResponse<Buffer> response = app.get("/nothing-here.js").send().await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(404);
  }
}
