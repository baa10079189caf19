package org.fitledger.gateway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway's REST API as the demo people, each with a bearer token from {@code POST
 * /api/v1/session}, over one HTTP/1.1 client whose pool keeps a connection per busy client.
 */
final class Api {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final Map<String, String> passwords;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  private Api(URI base, Map<String, String> passwords) {
    this.base = base;
    this.passwords = passwords;
  }

  /** The gateway at {@code url}, with the passwords of the demo credentials file. */
  static Api of(String url, Path credentials) {
    JsonNode file = JsonMapper.shared().readTree(credentials.toFile());
    Map<String, String> passwords = new HashMap<>();
    file.propertyNames().forEach(name -> passwords.put(name, file.get(name).asString()));
    return new Api(URI.create(url.endsWith("/") ? url : url + "/"), passwords);
  }

  /** Signs everyone in afresh, so that no token expires during the next phase. */
  void signIn(Collection<String> users) {
    for (String user : users) {
      ObjectNode credentials = JsonMapper.shared().createObjectNode();
      credentials.put("username", user).put("password", password(user));
      Answer session =
          send(request("api/v1/session").POST(body(credentials.toString())), "sign in " + user);
      if (!session.ok()) {
        throw new IllegalStateException("signing in " + user + " failed: " + session);
      }
      tokens.put(user, session.json().get("accessToken").asString());
    }
  }

  /** Posts JSON as a signed-in person; a failure to get any answer becomes a status-0 answer. */
  Answer post(String user, String path, String json) {
    return send(bearer(user, path).POST(body(json)), null);
  }

  /**
   * Posts JSON as a signed-in person who signs on their own device ({@code Fitledger-Signing:
   * device}): answered 202 with the proposal to sign.
   */
  Answer postToSign(String user, String path, String json) {
    return send(bearer(user, path).header("Fitledger-Signing", "device").POST(body(json)), null);
  }

  /** Sends a device's signature to the URL that an answer to sign named. */
  Answer postSignature(String user, JsonNode toSign, String signature) {
    return post(
        user,
        toSign.get("signatureUrl").asString().substring(1),
        "{\"signature\":\"" + signature + "\"}");
  }

  /** Gets a resource as a signed-in person. */
  Answer get(String user, String path) {
    return send(bearer(user, path).GET(), null);
  }

  /** Gets a plain-text resource (the metrics) as a signed-in person. */
  Answer getText(String user, String path) {
    return send(bearer(user, path).setHeader("Accept", "text/plain").GET(), null);
  }

  private String password(String user) {
    String password = passwords.get(user);
    if (password == null) {
      throw new IllegalStateException("the credentials file has no password for " + user);
    }
    return password;
  }

  private HttpRequest.Builder bearer(String user, String path) {
    String token = tokens.get(user);
    if (token == null) {
      throw new IllegalStateException(user + " is not signed in");
    }
    return request(path).header("Authorization", "Bearer " + token);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private Answer send(HttpRequest.Builder request, String whatMustWork) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      if (whatMustWork != null) {
        throw new IllegalStateException(whatMustWork + ": " + e, e);
      }
      return Answer.failed(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.failed(e);
    }
  }
}
