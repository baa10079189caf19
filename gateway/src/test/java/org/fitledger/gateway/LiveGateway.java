package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running gateway of a live stack, for integration tests: {@code FITLEDGER_GATEWAY_URL} and the
 * passwords in the file named by {@code FITLEDGER_CREDENTIALS}.
 */
final class LiveGateway {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final Map<String, String> passwords;

  private LiveGateway(URI base, Map<String, String> passwords) {
    this.base = base;
    this.passwords = passwords;
  }

  /** The gateway named by the environment; fails clearly when the stack is not described. */
  static LiveGateway fromEnvironment() {
    String url = required("FITLEDGER_GATEWAY_URL");
    JsonNode credentials =
        JsonMapper.shared().readTree(Path.of(required("FITLEDGER_CREDENTIALS")).toFile());
    Map<String, String> passwords = new HashMap<>();
    credentials
        .propertyNames()
        .forEach(name -> passwords.put(name, credentials.get(name).asString()));
    return new LiveGateway(URI.create(url.endsWith("/") ? url : url + "/"), passwords);
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: integration tests need a running stack (./fitledger up)");
    }
    return value;
  }

  /** supervisor1 registers equipment under a fresh random id, readable at once. */
  String freshEquipment() {
    String id = "it-eq-" + UUID.randomUUID();
    HttpResponse<String> registered =
        post(
            "supervisor1",
            "api/v1/equipment",
            "{\"id\":\"" + id + "\",\"type\":\"pull-up bar\",\"site\":\"IT park\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(json(registered).get("record").get("status").asString()).isEqualTo("IN_SERVICE");
    HttpResponse<String> read = get("supervisor1", "api/v1/equipment/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return id;
  }

  static String patrol(String id, String equipmentId) {
    return "{\"id\":\""
        + id
        + "\",\"equipmentId\":\""
        + equipmentId
        + "\",\"condition\":\"DEFECT\",\"note\":\"loose bolt\"}";
  }

  HttpResponse<String> get(String user, String path) {
    return send(request(user, path).GET());
  }

  HttpResponse<String> post(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  private HttpRequest.Builder request(String user, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (user != null) {
      String pair = user + ":" + passwords.get(user);
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
