package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the real gateway's REST API as one demo person, for test setup and checks. */
final class GatewayRestClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI gatewayUrl;
  private final String authorization;

  GatewayRestClient(URI gatewayUrl, String username, String password) {
    this.gatewayUrl = gatewayUrl;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Registers equipment and returns the stored record; fails the test unless the answer is 201. */
  JsonObject registerEquipment(
      String id, String site, String districtPath, double latitude, double longitude)
      throws Exception {
    JsonObject body =
        new JsonObject()
            .put("id", id)
            .put("type", "PULL_UP_BAR")
            .put("make", "Acme Outdoor")
            .put("model", "PB-2")
            .put("serial", "SN-" + id)
            .put("site", site)
            .put("districtPath", districtPath)
            .put("latitude", latitude)
            .put("longitude", longitude)
            .put("installedOn", "2024-05-01")
            .putNull("warrantyUntil")
            .put(
                "inspectionIntervals",
                new JsonObject().put("ROUTINE", 7).put("FUNCTIONAL", 30).put("STRUCTURAL", 365));
    HttpResponse<String> response =
        send(request("/api/v1/equipment").POST(HttpRequest.BodyPublishers.ofString(body.encode())));
    assertThat(response.statusCode()).as("register equipment: %s", response.body()).isEqualTo(201);
    return new JsonObject(response.body()).getJsonObject("record");
  }

  /** Reads a patrol from the gateway's index; fails the test unless the answer is 200. */
  JsonObject readPatrol(String id) throws Exception {
    return read("/api/v1/patrols/", id);
  }

  JsonObject readTicket(String id) throws Exception {
    return read("/api/v1/tickets/", id);
  }

  private JsonObject read(String collection, String id) throws Exception {
    HttpResponse<String> response =
        send(request(collection + URLEncoder.encode(id, StandardCharsets.UTF_8)).GET());
    assertThat(response.statusCode())
        .as("read %s%s: %s", collection, id, response.body())
        .isEqualTo(200);
    return new JsonObject(response.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(gatewayUrl + path))
        .timeout(TIMEOUT)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
