package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class GatewayFailureTest {

  @Test
  void answers_502_gateway_unreachable_when_the_gateway_is_down(Vertx vertx) throws Exception {
    WebClient app = RunningApp.start(vertx, FakeGateway.unreachable(vertx));

    HttpResponse<Buffer> response =
        app.post("/api/v1/patrols").sendBuffer(Buffer.buffer("{}")).await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
    JsonObject error = response.bodyAsJsonObject();
    assertThat(error.getString("code")).isEqualTo("GATEWAY_UNREACHABLE");
    assertThat(error.getString("message")).isNotBlank();
  }

  @Test
  void answers_504_gateway_timeout_when_the_gateway_does_not_answer_in_time(Vertx vertx)
      throws Exception {
    FakeGateway silent = FakeGateway.start(vertx, request -> {});
    WebClient app = RunningApp.start(vertx, silent.url(), Duration.ofMillis(300));

    HttpResponse<Buffer> response = app.get("/api/v1/me").send().await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("GATEWAY_TIMEOUT");
  }
}
