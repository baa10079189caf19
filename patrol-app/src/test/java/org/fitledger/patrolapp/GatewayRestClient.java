package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Calls the real gateway's REST API as one demo person, for test setup and checks. Their ledger
 * writes are signed with their own key, as their own client does it ({@code ./fitledger api}): the
 * gateway holds no key of theirs.
 */
final class GatewayRestClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI gatewayUrl;
  private final String username;
  private final String password;
  private final String authorization;

  GatewayRestClient(URI gatewayUrl, String username, String password) {
    this.gatewayUrl = gatewayUrl;
    this.username = username;
    this.password = password;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Registers a pull-up bar and returns the stored record; fails the test unless 201. */
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
    return created("/api/v1/equipment", body).getJsonObject("record");
  }

  /** Makes {@code company} responsible for the district, with a plain SLA; fails unless 201. */
  void registerContract(String id, String company, String districtPath) throws Exception {
    JsonObject step = new JsonObject().put("acknowledgeHours", 24).put("repairHours", 168);
    created(
        "/api/v1/contracts",
        new JsonObject()
            .put("id", id)
            .put("company", company)
            .put("districts", new JsonArray().add(districtPath))
            .put("sites", new JsonArray())
            .put("validFrom", "2026-01-01")
            .put("validTo", "2030-12-31")
            .put(
                "sla",
                new JsonObject()
                    .put(
                        "CRITICAL", step.copy().put("acknowledgeHours", 4).put("makeSafeHours", 24))
                    .put("MAJOR", step)
                    .put("MINOR", step.copy().put("acknowledgeHours", 72))));
  }

  /** Reads a patrol from the gateway's index; fails the test unless the answer is 200. */
  JsonObject readPatrol(String id) throws Exception {
    return read("/api/v1/patrols/" + encode(id));
  }

  JsonObject readTicket(String id) throws Exception {
    return read("/api/v1/tickets/" + encode(id));
  }

  /** POSTs a JSON object (a step, a triage); fails the test unless the answer is 200. */
  JsonObject post(String path, JsonObject body) throws Exception {
    HttpResponse<String> response =
        send(request(path).POST(HttpRequest.BodyPublishers.ofString(body.encode())));
    assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(200);
    return new JsonObject(response.body());
  }

  /** The status a GET answers. */
  int status(String pathAndQuery) throws Exception {
    return send(request(pathAndQuery).GET()).statusCode();
  }

  /** GETs a JSON object; fails the test unless the answer is 200. */
  JsonObject read(String pathAndQuery) throws Exception {
    HttpResponse<String> response = send(request(pathAndQuery).GET());
    assertThat(response.statusCode())
        .as("read %s: %s", pathAndQuery, response.body())
        .isEqualTo(200);
    return new JsonObject(response.body());
  }

  /** A record written by the person's own client, which signs it with their own key. */
  private JsonObject created(String path, JsonObject body) throws Exception {
    Path launcher = Path.of(System.getenv("FITLEDGER_HOME"), "fitledger");
    ProcessBuilder api = new ProcessBuilder(launcher.toString(), "api", username, "POST", path);
    api.environment().put("FITLEDGER_PASSWORD", password);
    Process process = api.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(body.encode().getBytes(StandardCharsets.UTF_8));
    }
    String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String status = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("./fitledger api answered").isTrue();
    assertThat(status).as("POST %s: %s", path, answer).contains("HTTP 201");
    return new JsonObject(answer);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8);
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
