package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fitledger.patrolapp.evidence.EvidenceConfig;

/**
 * The patrol app with an evidence store of its own (photos up to {@link #MAX_BYTES}) in front of a
 * gateway that knows one inspector, one contractor and one supervisor.
 */
final class EvidenceApp {

  static final long MAX_BYTES = 64 * 1024;
  static final String INSPECTOR = "inspector-token";
  static final String CONTRACTOR = "contractor-token";
  static final String SUPERVISOR = "supervisor-token";

  final FakeGateway gateway;
  final WebClient client;
  final Path store;
  final int port;

  private EvidenceApp(FakeGateway gateway, WebClient client, Path store, int port) {
    this.gateway = gateway;
    this.client = client;
    this.store = store;
    this.port = port;
  }

  static EvidenceApp start(Vertx vertx) throws Exception {
    FakeGateway gateway =
        FakeGateway.withPeople(
            vertx,
            Map.of(INSPECTOR, "inspector", CONTRACTOR, "contractor", SUPERVISOR, "supervisor"));
    return start(vertx, gateway, gateway.url());
  }

  static EvidenceApp start(Vertx vertx, FakeGateway gateway, URI gatewayUrl) throws Exception {
    Path store = Path.of("target", "evidence-stores", UUID.randomUUID().toString());
    PatrolAppConfig config =
        new PatrolAppConfig(
            0, gatewayUrl, Duration.ofSeconds(5), new EvidenceConfig(store, MAX_BYTES));
    int port = RunningApp.deploy(vertx, config).port();
    return new EvidenceApp(gateway, RunningApp.clientFor(vertx, port), store, port);
  }

  HttpResponse<Buffer> put(String token, String hash, byte[] body) throws Exception {
    return put(token, hash, body, "image/jpeg");
  }

  HttpResponse<Buffer> put(String token, String hash, byte[] body, String contentType)
      throws Exception {
    return putting(token, hash, body, contentType).await(5, SECONDS);
  }

  Future<HttpResponse<Buffer>> putting(String token, String hash, byte[] body, String type) {
    return authorized(client.put("/evidence/" + hash), token)
        .putHeader("Content-Type", type)
        .sendBuffer(Buffer.buffer(body));
  }

  HttpResponse<Buffer> get(String token, String hash) throws Exception {
    return authorized(client.get("/evidence/" + hash), token).send().await(5, SECONDS);
  }

  HttpResponse<Buffer> head(String token, String hash) throws Exception {
    return authorized(client.head("/evidence/" + hash), token).send().await(5, SECONDS);
  }

  static HttpRequest<Buffer> authorized(HttpRequest<Buffer> request, String token) {
    return token == null ? request : request.putHeader("Authorization", "Bearer " + token);
  }

  /** Where the store keeps the photo with this hash. */
  Path stored(String hash) {
    return store.resolve(hash.substring(0, 2)).resolve(hash);
  }

  /** The files of the store's temporary directory. */
  List<Path> tempFiles() throws IOException {
    try (Stream<Path> files = Files.list(store.resolve("tmp"))) {
      return files.toList();
    }
  }

  /** Every photo the store holds. */
  List<Path> photos() throws IOException {
    try (Stream<Path> files = Files.walk(store)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getParent().getFileName().toString().equals("tmp"))
          .toList();
    }
  }

  /** How many times the gateway was asked who someone is. */
  long meCalls() {
    return gateway.received().stream().filter(r -> r.uri().equals("/api/v1/me")).count();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks {@code condition} every 10 ms until it holds, failing after 5 seconds. */
  static void eventually(String what, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime() - deadline).as(what).isNegative();
      Thread.sleep(10);
    }
  }
}
