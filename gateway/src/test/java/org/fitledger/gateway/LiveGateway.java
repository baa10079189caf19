package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fitledger.gateway.client.Device;
import org.fitledger.gateway.client.DeviceWrites;
import org.fitledger.gateway.client.SigningClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
  private final Map<String, Device> devices = new HashMap<>();
  private LiveFabric fabric;

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

  /** A demo person's password, for the ITs that sign in through a page. */
  String password(String user) {
    String password = passwords.get(user);
    if (password == null) {
      throw new IllegalStateException("FITLEDGER_CREDENTIALS has no password for " + user);
    }
    return password;
  }

  /** The district path of the equipment the ITs register: inspector1..3's district SH/PD. */
  static final String DISTRICT_PATH = "SH/PD/IT/C01";

  /** supervisor1 registers equipment in SH/PD under a fresh id at the default IT site. */
  String freshEquipment() {
    return freshEquipment("IT park");
  }

  /** supervisor1 registers equipment in SH/PD under a fresh id at a site, readable at once. */
  String freshEquipment(String site) {
    return freshEquipmentIn(site, DISTRICT_PATH);
  }

  /**
   * A district of its own beside {@link #DISTRICT_PATH} (SH/PD/IT/D…, within inspector1..3's
   * SH/PD): what an audit counts in it is one test's alone, whatever the other tests on the stack
   * write.
   */
  static String freshDistrict() {
    return "SH/PD/IT/D"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
  }

  /** Like {@link #freshEquipment(String)}, in a district of SH/PD the test chooses. */
  String freshEquipmentIn(String site, String district) {
    String id = "it-eq-" + UUID.randomUUID();
    HttpResponse<String> registered =
        post("supervisor1", "api/v1/equipment", equipment(id, site, district));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    HttpResponse<String> read = get("supervisor1", "api/v1/equipment/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(json(read).get("status").asString()).isEqualTo("IN_SERVICE");
    return id;
  }

  static String equipment(String id, String site) {
    return equipment(id, site, DISTRICT_PATH);
  }

  static String equipment(String id, String site, String district) {
    return "{\"id\":\""
        + id
        + "\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"P1\","
        + "\"serial\":\"S-"
        + id
        + "\",\"site\":\""
        + site
        + "\",\"districtPath\":\""
        + district
        + "\",\"latitude\":31.2304,\"longitude\":121.4737,\"installedOn\":\"2024-05-01\","
        + "\"warrantyUntil\":null,\"inspectionIntervals\":"
        + "{\"ROUTINE\":7,\"FUNCTIONAL\":30,\"STRUCTURAL\":365}}";
  }

  /** A patrol of one inspection of the equipment, with a MAJOR mechanical defect. */
  static String patrol(String id, String equipmentId) {
    return "{\"id\":\""
        + id
        + "\",\"inspections\":[{\"equipmentId\":\""
        + equipmentId
        + "\",\"level\":\"ROUTINE\",\"condition\":\"DEFECT\","
        + "\"checklist\":{\"bolts\":\"FAIL\"},\"notes\":\"loose bolt\",\"photoHashes\":[\""
        + "ab".repeat(32)
        + "\"],\"gps\":{\"latitude\":31.2305,\"longitude\":121.4737,"
        + "\"accuracyMeters\":5},\"observedAt\":\""
        + java.time.Instant.now()
        + "\",\"defect\":{\"severity\":\"MAJOR\",\"category\":\"MECHANICAL\","
        + "\"description\":\"loose bolt\"}}]}";
  }

  /**
   * supervisor1 registers a contract of a company for one site, valid from yesterday to tomorrow
   * (UTC), with these SLA terms (JSON).
   */
  String freshContract(String company, String site, String sla) {
    return freshContract("supervisor1", company, site, sla);
  }

  /**
   * A supervisor registers such a contract; its site applies within that supervisor's districts.
   */
  String freshContract(String supervisor, String company, String site, String sla) {
    String id = "it-c-" + UUID.randomUUID();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    HttpResponse<String> registered =
        post(
            supervisor,
            "api/v1/contracts",
            "{\"id\":\""
                + id
                + "\",\"company\":\""
                + company
                + "\",\"districts\":[],\"sites\":[\""
                + site
                + "\"],\"validFrom\":\""
                + today.minusDays(1)
                + "\",\"validTo\":\""
                + today.plusDays(1)
                + "\",\"sla\":"
                + sla
                + "}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return id;
  }

  /** A bearer token of a person from {@code POST /api/v1/session}. */
  String token(String user) {
    HttpResponse<String> session = post(user, "api/v1/session", "");
    assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
    return json(session).get("accessToken").asString();
  }

  HttpResponse<String> getWithBearer(String token, String path) {
    return send(withBearer(token, path).GET());
  }

  /**
   * A POST with a bearer token of the user: no password hashing per request, so calls can race. A
   * ledger write is signed on the user's device, as {@link #post} signs it.
   */
  HttpResponse<String> postWithBearer(String user, String token, String path, String json) {
    return client(user, to -> withBearer(token, to)).send("POST", path, json);
  }

  /**
   * The details of the health component {@code index}, as supervisor1 sees them (nobody else sees
   * details), or missing when they cannot be read.
   */
  JsonNode indexHealth() {
    return indexHealthComponent().path("details");
  }

  /** The health component {@code index} (status and details), as supervisor1 sees it. */
  JsonNode indexHealthComponent() {
    return json(get("supervisor1", "actuator/health")).path("components").path("index");
  }

  private HttpRequest.Builder withBearer(String token, String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> get(String user, String path) {
    return send(request(user, path).GET());
  }

  /** A GET that accepts plain text, as the metrics are. */
  HttpResponse<String> getText(String user, String path) {
    return send(request(user, path).setHeader("Accept", "text/plain").GET());
  }

  /** A GET that says its (empty) body has this content type. */
  HttpResponse<String> getSaying(String user, String path, String contentType) {
    return send(request(user, path).header("Content-Type", contentType).GET());
  }

  HttpResponse<String> post(String user, String path, String json) {
    return write(user, "POST", path, json);
  }

  /** A POST that asks the gateway to sign the person's write, as no client of theirs does. */
  HttpResponse<String> postUnsigned(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * A request as the person's client sends it: one of their ledger writes is signed on their own
   * device ({@link SigningClient}, with their own key from the run directory), anything else is
   * sent as it is.
   */
  private HttpResponse<String> write(String user, String method, String path, String json) {
    if (user == null) {
      return send(
          request(null, path)
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }
    return client(user, to -> request(user, to)).send(method, path, json);
  }

  private SigningClient client(String user, Function<String, HttpRequest.Builder> as) {
    return new SigningClient(as, device(user));
  }

  private synchronized Device device(String user) {
    if (fabric == null) {
      fabric = LiveFabric.fromEnvironment();
    }
    return devices.computeIfAbsent(user, person -> fabric.device(person));
  }

  /**
   * The first step of a write signed on the person's device: the write itself, asking for the
   * proposal to sign ({@code Fitledger-Signing: device}), answered 202 with it.
   */
  HttpResponse<String> postToSign(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .header("Fitledger-Signing", "device")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * Sends a device's signature of what the gateway asked it to sign, to the URL that answer named:
   * the next step of a write signed on the device.
   */
  HttpResponse<String> sendSignature(String user, JsonNode toSign, String signature) {
    return client(user, to -> request(user, to)).sendSignature(toSign, signature);
  }

  /**
   * A write signed on the person's own device, all three steps: the proposal the gateway prepared
   * is signed once the device read that it calls {@code function} with what the person entered,
   * then the endorsed transaction once the device read that it carries that proposal.
   *
   * @return the write's own answer (200 or 201), or the first that was neither 202 nor that
   * @throws Device.Refused if the device refused to sign
   */
  HttpResponse<String> postSignedOnDevice(
      String user, String path, String json, Device device, String function, String... entered) {
    return new SigningClient(to -> request(user, to), device)
        .signed("POST", path, json, toSign -> device.signProposal(toSign, function, entered));
  }

  HttpResponse<String> put(String user, String path, String json) {
    return write(user, "PUT", path, json);
  }

  HttpResponse<String> delete(String user, String path) {
    return DeviceWrites.of("DELETE", path, "").isPresent()
        ? write(user, "DELETE", path, "")
        : send(request(user, path).DELETE());
  }

  /** A GET without credentials, as anyone on the internet may send it. */
  HttpResponse<String> getPublic(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET());
  }

  /** A form POST without credentials, as an Open311 client app sends it. */
  HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The gateway's base URL, ending in a slash. */
  URI base() {
    return base;
  }

  static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  /**
   * The ledger record within a patrol's or ticket's answer: the answer without what the API adds to
   * it (the block that holds it, the reader's allowed actions and the step a ticket waits for).
   */
  static ObjectNode ledgerRecord(JsonNode answer) {
    ObjectNode record = (ObjectNode) answer.deepCopy();
    record.remove(List.of("blockNumber", "allowedActions", "nextStep"));
    return record;
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
