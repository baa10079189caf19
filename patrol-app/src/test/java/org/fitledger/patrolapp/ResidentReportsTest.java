package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.fitledger.patrolapp.evidence.EvidenceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ResidentReportsTest {
  private static final String HASH = "ab".repeat(32);

  private static WebClient app(Vertx vertx, FakeGateway gateway, String key) throws Exception {
    return RunningApp.start(
        vertx,
        new PatrolAppConfig(
            0, gateway.url(), Duration.ofSeconds(5), RunningApp.freshEvidenceStore(), key));
  }

  private static Map<String, String> form(Buffer body) {
    return Arrays.stream(body.toString().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }

  private static HttpResponse<Buffer> file(WebClient app, JsonObject report) throws Exception {
    return app.post("/resident/reports")
        .putHeader("Content-Type", "application/json")
        .sendBuffer(report.toBuffer())
        .await(5, SECONDS);
  }

  @Test
  void files_the_report_with_the_gateway_s_open311_under_the_field_app_s_key(Vertx vertx)
      throws Exception {
    FakeGateway gateway =
        FakeGateway.start(
            vertx,
            request ->
                request
                    .response()
                    .setStatusCode(201)
                    .end("[{\"service_request_id\":\"R-1\",\"service_notice\":\"\"}]"));
    WebClient app = app(vertx, gateway, "field-app-key");

    HttpResponse<Buffer> answer =
        file(
            app,
            new JsonObject()
                .put("equipmentId", "EQ-1")
                .put("serviceCode", "fitness-mechanical")
                .put("description", "loose pedal")
                .put("danger", true)
                .put("contact", "resident@example.org")
                .put("photo", HASH));

    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(answer.bodyAsJsonObject().getString("id")).isEqualTo("R-1");
    FakeGateway.Received received = gateway.received().get(0);
    assertThat(received.uri()).isEqualTo("/open311/v2/requests.json");
    Map<String, String> form = form(received.body());
    assertThat(form)
        .containsEntry("api_key", "field-app-key")
        .containsEntry("service_code", "fitness-mechanical")
        .containsEntry("address_id", "EQ-1")
        .containsEntry("attribute[danger]", "yes")
        .containsEntry("email", "resident@example.org")
        .doesNotContainKey("phone");
    assertThat(form.get("media_url")).endsWith("/evidence/" + HASH);
  }

  @Test
  void the_gateway_s_open311_errors_reach_the_page_as_its_own(Vertx vertx) throws Exception {
    FakeGateway gateway =
        FakeGateway.start(
            vertx,
            request ->
                request
                    .response()
                    .setStatusCode(400)
                    .end("[{\"code\":400,\"description\":\"service_code x is not a service\"}]"));
    WebClient app = app(vertx, gateway, "field-app-key");

    HttpResponse<Buffer> answer =
        file(app, new JsonObject().put("equipmentId", "EQ-1").put("serviceCode", "x"));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.bodyAsJsonObject().getString("code")).isEqualTo("INVALID_INPUT");
    assertThat(answer.bodyAsJsonObject().getString("message")).contains("is not a service");
  }

  @Test
  void without_a_key_or_with_a_bad_photo_nothing_reaches_the_gateway(Vertx vertx) throws Exception {
    FakeGateway gateway = FakeGateway.start(vertx, request -> request.response().end("[]"));

    assertThat(file(app(vertx, gateway, null), new JsonObject()).statusCode()).isEqualTo(503);
    HttpResponse<Buffer> badPhoto =
        file(app(vertx, gateway, "k"), new JsonObject().put("photo", "../../etc/passwd"));
    assertThat(badPhoto.statusCode()).isEqualTo(400);
    assertThat(gateway.received()).isEmpty();
  }

  @Test
  void a_resident_s_photo_goes_to_the_evidence_store_within_its_bounds(Vertx vertx)
      throws Exception {
    FakeGateway gateway = FakeGateway.start(vertx, request -> request.response().end("[]"));
    EvidenceConfig small =
        new EvidenceConfig(
            RunningApp.freshEvidenceStore().directory(), Pictures.photoWithGps(3).length + 10);
    WebClient app =
        RunningApp.start(
            vertx, new PatrolAppConfig(0, gateway.url(), Duration.ofSeconds(5), small, "k"));
    byte[] photo = Pictures.photoWithGps(3);
    byte[] large = new byte[photo.length + 1000];
    System.arraycopy(photo, 0, large, 0, photo.length);

    HttpResponse<Buffer> stored =
        app.put("/resident/evidence/" + FieldApp.sha256(photo))
            .sendBuffer(Buffer.buffer(photo))
            .await(5, SECONDS);
    HttpResponse<Buffer> tooLarge =
        app.put("/resident/evidence/" + FieldApp.sha256(large))
            .sendBuffer(Buffer.buffer(large))
            .await(5, SECONDS);
    HttpResponse<Buffer> notAPhoto =
        app.put("/resident/evidence/" + FieldApp.sha256(new byte[] {1, 2, 3}))
            .sendBuffer(Buffer.buffer(new byte[] {1, 2, 3}))
            .await(5, SECONDS);

    assertThat(stored.statusCode()).isEqualTo(201);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.bodyAsJsonObject().getString("code")).isEqualTo("EVIDENCE_TOO_LARGE");
    assertThat(notAPhoto.statusCode()).isEqualTo(415);
    assertThat(gateway.received()).isEmpty();
    // Without sign-in, as the gateway's Open311 interface asks before it records a media_url: the
    // store holds the photo, and nothing of either refused upload.
    assertThat(head(app, FieldApp.sha256(photo))).isEqualTo(200);
    assertThat(head(app, FieldApp.sha256(large))).isEqualTo(404);
    assertThat(head(app, FieldApp.sha256(new byte[] {1, 2, 3}))).isEqualTo(404);
    assertThat(head(app, "not-a-hash")).isEqualTo(400);
  }

  private static int head(WebClient app, String hash) throws Exception {
    return app.head("/resident/evidence/" + hash).send().await(5, SECONDS).statusCode();
  }

  @Test
  void one_address_files_a_bounded_number_of_reports(Vertx vertx) throws Exception {
    FakeGateway gateway =
        FakeGateway.start(
            vertx,
            request ->
                request
                    .response()
                    .setStatusCode(201)
                    .end("[{\"service_request_id\":\"R-1\",\"service_notice\":\"\"}]"));
    WebClient app = app(vertx, gateway, "k");
    JsonObject report = new JsonObject().put("equipmentId", "EQ-1").put("serviceCode", "x");

    int accepted = 0;
    int limited = 0;
    for (int i = 0; i < 15; i++) {
      int status = file(app, report).statusCode();
      accepted += status == 201 ? 1 : 0;
      limited += status == 429 ? 1 : 0;
    }

    assertThat(accepted).isEqualTo(PatrolAppVerticle.RESIDENT_REPORTS);
    assertThat(limited).isEqualTo(15 - PatrolAppVerticle.RESIDENT_REPORTS);
    assertThat(gateway.received()).hasSize(PatrolAppVerticle.RESIDENT_REPORTS);
  }
}
