package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server on a free port that stands for the gateway and records what it gets. */
final class FakeGateway {

  /** One request as the gateway saw it. */
  record Received(HttpMethod method, String uri, MultiMap headers, Buffer body) {}

  private final HttpServer server;
  private final List<Received> received;

  private FakeGateway(HttpServer server, List<Received> received) {
    this.server = server;
    this.received = received;
  }

  /** Starts a gateway that records each request, then lets {@code answer} respond to it. */
  static FakeGateway start(Vertx vertx, Handler<HttpServerRequest> answer) throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(
                            body -> {
                              received.add(
                                  new Received(
                                      request.method(), request.uri(), request.headers(), body));
                              answer.handle(request);
                            }))
            .listen(0, "127.0.0.1")
            .await(5, SECONDS);
    return new FakeGateway(server, received);
  }

  /**
   * A gateway whose {@code GET /api/v1/me} answers, as the real one does, with the person whose
   * bearer token a request carries, and 401 {@code UNAUTHENTICATED} to any other.
   *
   * @param roleByToken each known token and its person's role ({@code inspector}, …)
   */
  static FakeGateway withPeople(Vertx vertx, Map<String, String> roleByToken) throws Exception {
    return start(
        vertx,
        request -> {
          String authorization = request.getHeader("Authorization");
          String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
          String role = roleByToken.get(token);
          if (!"/api/v1/me".equals(request.path()) || role == null) {
            request
                .response()
                .setStatusCode(401)
                .putHeader("Content-Type", "application/json")
                .end("{\"code\":\"UNAUTHENTICATED\",\"message\":\"Bad credentials\"}");
            return;
          }
          request
              .response()
              .putHeader("Content-Type", "application/json")
              .end(
                  new JsonObject()
                      .put("username", token)
                      .put("mspId", "PatrolMSP")
                      .put("role", role)
                      .put("districts", new JsonArray())
                      .putNull("company")
                      .encode());
        });
  }

  /** The URL of a port where nothing listens any more. */
  static URI unreachable(Vertx vertx) throws Exception {
    FakeGateway gateway = start(vertx, request -> request.response().end());
    URI url = gateway.url();
    gateway.server.close().await(5, SECONDS);
    return url;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.actualPort());
  }

  List<Received> received() {
    return List.copyOf(received);
  }
}
