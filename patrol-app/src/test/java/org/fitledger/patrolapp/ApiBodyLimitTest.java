package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import org.fitledger.patrolapp.proxy.GatewayProxy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ApiBodyLimitTest {

  private FakeGateway gateway;
  private WebClient app;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    gateway = FakeGateway.start(vertx, request -> request.response().setStatusCode(201).end("{}"));
    app = RunningApp.start(vertx, gateway.url());
  }

  @Test
  void answers_413_with_a_json_error_for_a_body_over_the_limit() throws Exception {
    HttpResponse<Buffer> response =
        app.post("/api/v1/patrols")
            .putHeader("Content-Type", "application/json")
            .sendBuffer(Buffer.buffer(new byte[GatewayProxy.MAX_BODY_BYTES + 1]))
            .await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(response.bodyAsJsonObject().getString("message")).contains("65536");
  }

  @Test
  void does_not_contact_the_gateway_for_a_body_over_the_limit() throws Exception {
    app.post("/api/v1/patrols")
        .sendBuffer(Buffer.buffer(new byte[GatewayProxy.MAX_BODY_BYTES + 1]))
        .await(5, SECONDS);
    app.get("/api/v1/me").send().await(5, SECONDS);

    assertThat(gateway.received())
        .extracting(FakeGateway.Received::uri)
        .containsExactly("/api/v1/me");
  }

  @Test
  void forwards_a_body_exactly_at_the_limit() throws Exception {
    HttpResponse<Buffer> response =
        app.post("/api/v1/patrols")
            .sendBuffer(Buffer.buffer(new byte[GatewayProxy.MAX_BODY_BYTES]))
            .await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(gateway.received().get(0).body().length()).isEqualTo(GatewayProxy.MAX_BODY_BYTES);
  }
}
