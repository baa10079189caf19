package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ApiProxyTest {

  private static final String PATROL =
      "{\"id\":\"p-1\",\"equipmentId\":\"eq-1\",\"condition\":\"DEFECT\",\"note\":\"loose bolt\"}";
  private static final String CREATED =
      "{\"txId\":\"ab12\",\"blockNumber\":7,\"record\":{\"id\":\"p-1\"}}";

  @Test
  void forwards_method_path_query_body_and_authorization_to_the_gateway(Vertx vertx)
      throws Exception {
    FakeGateway gateway = FakeGateway.start(vertx, request -> request.response().end("{}"));
    WebClient app = RunningApp.start(vertx, gateway.url());

    app.post("/api/v1/patrols?dryRun=false")
        .putHeader("Authorization", "Basic aW5zcGVjdG9yMTpzZWNyZXQ=")
        .putHeader("Content-Type", "application/json")
        .putHeader("Cookie", "session=not-for-the-gateway")
        .sendBuffer(Buffer.buffer(PATROL))
        .await(5, SECONDS);

    assertThat(gateway.received()).hasSize(1);
    FakeGateway.Received received = gateway.received().get(0);
    assertThat(received.method()).isEqualTo(HttpMethod.POST);
    assertThat(received.uri()).isEqualTo("/api/v1/patrols?dryRun=false");
    assertThat(received.body().toString()).isEqualTo(PATROL);
    assertThat(received.headers().get("Authorization")).isEqualTo("Basic aW5zcGVjdG9yMTpzZWNyZXQ=");
    assertThat(received.headers().get("Content-Type")).isEqualTo("application/json");
    assertThat(received.headers().contains("Cookie")).isFalse();
  }

  @Test
  void relays_the_gateways_status_body_and_location(Vertx vertx) throws Exception {
    FakeGateway gateway =
        FakeGateway.start(
            vertx,
            request ->
                request
                    .response()
                    .setStatusCode(201)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Location", "/api/v1/patrols/p-1")
                    .end(CREATED));
    WebClient app = RunningApp.start(vertx, gateway.url());

    HttpResponse<Buffer> response =
        app.post("/api/v1/patrols").sendBuffer(Buffer.buffer(PATROL)).await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject(CREATED));
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/patrols/p-1");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void forwards_a_get_without_a_body(Vertx vertx) throws Exception {
    FakeGateway gateway =
        FakeGateway.start(vertx, request -> request.response().end("{\"username\":\"x\"}"));
    WebClient app = RunningApp.start(vertx, gateway.url());

    HttpResponse<Buffer> response = app.get("/api/v1/me").send().await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(200);
    FakeGateway.Received received = gateway.received().get(0);
    assertThat(received.method()).isEqualTo(HttpMethod.GET);
    assertThat(received.uri()).isEqualTo("/api/v1/me");
    assertThat(received.body().length()).isZero();
  }

  @Test
  void relays_a_gateway_error_but_not_its_basic_auth_challenge(Vertx vertx) throws Exception {
    String unauthenticated = "{\"code\":\"UNAUTHENTICATED\",\"message\":\"Bad credentials\"}";
    FakeGateway gateway =
        FakeGateway.start(
            vertx,
            request ->
                request
                    .response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Basic realm=\"fitledger\"")
                    .putHeader("Content-Type", "application/json")
                    .end(unauthenticated));
    WebClient app = RunningApp.start(vertx, gateway.url());

    HttpResponse<Buffer> response = app.get("/api/v1/me").send().await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.bodyAsString()).isEqualTo(unauthenticated);
    assertThat(response.getHeader("WWW-Authenticate")).isNull();
  }

  @Test
  void does_not_forward_a_path_outside_the_api(Vertx vertx) throws Exception {
    FakeGateway gateway = FakeGateway.start(vertx, request -> request.response().end("{}"));
    WebClient app = RunningApp.start(vertx, gateway.url());

    app.get("/api/../actuator/env").send().await(5, SECONDS);
    app.get("/actuator/env").send().await(5, SECONDS);

    assertThat(gateway.received()).isEmpty();
  }
}
