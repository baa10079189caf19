package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.List;
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
