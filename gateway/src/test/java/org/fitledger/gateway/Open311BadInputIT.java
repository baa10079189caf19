package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the Open311 interface answers to bad input, in the specification's error format, and that
 * such input records nothing: unknown service codes, missing fields, text no reader could carry, a
 * photo from outside the evidence store, dates far off, and a flood from one client. Media go to
 * the patrol app's evidence store first ({@code PUT /resident/evidence/<sha256>}, {@code
 * FITLEDGER_PATROL_APP_URL}), which refuses oversized and non-photo uploads; a filing whose {@code
 * media_url} names a photo the store does not hold is refused.
 */
class Open311BadInputIT {
  private static final LiveGateway gateway = LiveGateway.fromEnvironment();
  private static String machine;
  private static String apiKey;

  @BeforeAll
  static void aMachine() throws Exception {
    machine = gateway.freshEquipment("Open311 bad input park");
    apiKey = Files.readString(Launcher.runDir().resolve("open311-demo.key")).strip();
  }

  private static Map<String, String> filing(String... more) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", apiKey);
    form.put("service_code", "fitness-signage");
    form.put("address_id", machine);
    for (int i = 0; i < more.length; i += 2) {
      if (more[i + 1] == null) {
        form.remove(more[i]);
      } else {
        form.put(more[i], more[i + 1]);
      }
    }
    return form;
  }

  /** The spec's JSON error: one {code, description} whose code is the HTTP status. */
  private static String assertJsonError(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    JsonNode error = LiveGateway.json(answer).get(0);
    assertThat(error.get("code").asInt()).isEqualTo(status);
    assertThat(error.get("description").asString()).isNotBlank();
    return error.get("description").asString();
  }

  private static int reportsOnTheMachine() {
    JsonNode page =
        LiveGateway.json(gateway.get("supervisor1", "api/v1/reports?state=REPORTED&size=500"));
    int count = 0;
    for (JsonNode report : page.get("items")) {
      if (report.get("equipmentId").asString().equals(machine)) {
        count++;
      }
    }
    return count;
  }

  @Test
  void each_bad_filing_is_refused_in_the_spec_s_format_and_records_nothing() {
    List<Map<String, String>> bad =
        List.of(
            filing("service_code", "fitness-teleporter"),
            filing("service_code", null),
            filing("api_key", null),
            filing("api_key", "not-a-key"),
            filing("address_id", null),
            filing("address_id", "no such machine"),
            filing("address_id", null, "lat", "91", "long", "121"),
            filing("address_id", null, "lat", "12.5", "long", "-170"),
            filing("description", "x".repeat(1001)),
            filing("description", "broken\u0000bar"),
            filing("attribute[danger]", "perhaps"),
            filing("media_url", "http://elsewhere.example/cat.jpg"),
            filing("phone", "p".repeat(201)));
    for (Map<String, String> form : bad) {
      HttpResponse<String> answer = gateway.postForm("open311/v2/requests.json", form);
      assertThat(answer.statusCode()).as(form + " " + answer.body()).isBetween(400, 499);
      assertJsonError(answer, answer.statusCode());
    }
    assertThat(reportsOnTheMachine()).isZero();
  }

  /** The patrol app's evidence store's default limit (EvidenceConfig.DEFAULT_MAX_BYTES). */
  private static final int EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

  private static final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The patrol app, whose evidence store takes Open311 clients' photos. */
  private static String patrolApp() {
    String url = System.getenv("FITLEDGER_PATROL_APP_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "FITLEDGER_PATROL_APP_URL is not set: the media tests need the stack's patrol app");
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** A resident's upload, without sign-in, as the field app and Open311 clients send photos. */
  private static HttpResponse<String> upload(byte[] body) throws Exception {
    HttpRequest put =
        HttpRequest.newBuilder(URI.create(patrolApp() + "/resident/evidence/" + sha256(body)))
            .header("Content-Type", "image/jpeg")
            .timeout(Duration.ofSeconds(60))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(put, HttpResponse.BodyHandlers.ofString());
  }

  /** Whether the evidence store holds a photo: HEAD /evidence/{sha256} as supervisor1. */
  private static int stored(String hash) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                ("supervisor1:" + gateway.password("supervisor1"))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest head =
        HttpRequest.newBuilder(URI.create(patrolApp() + "/evidence/" + hash))
            .header("Authorization", "Basic " + basic)
            .timeout(Duration.ofSeconds(30))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A small real JPEG, different on each call. */
  private static byte[] photo() throws Exception {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 5, (int) System.nanoTime() & 0xffffff);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, "jpg", jpeg)).isTrue();
    return jpeg.toByteArray();
  }

  @Test
  void
      oversized_or_non_photo_media_are_refused_and_a_filing_naming_a_photo_not_in_the_store_records_nothing()
          throws Exception {
    // A client app of its own, so that this test's filings share no rate with the others'.
    String key = Launcher.run("open311-key", "open311-media-it").strip();
    byte[] small = photo();
    byte[] large = new byte[EVIDENCE_MAX_BYTES + 1];
    System.arraycopy(small, 0, large, 0, small.length);
    byte[] notAPhoto =
        ("%PDF-1.4\n% a document sent as a photo " + System.nanoTime())
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> tooLarge = upload(large);
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
    assertThat(LiveGateway.json(tooLarge).get("code").asString()).isEqualTo("EVIDENCE_TOO_LARGE");
    assertThat(LiveGateway.json(tooLarge).get("message").asString())
        .isEqualTo("A photo may have at most " + EVIDENCE_MAX_BYTES + " bytes.");
    HttpResponse<String> wrongType = upload(notAPhoto);
    assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(415);
    assertThat(LiveGateway.json(wrongType).get("code").asString())
        .isEqualTo("EVIDENCE_TYPE_NOT_ALLOWED");
    assertThat(LiveGateway.json(wrongType).get("message").asString())
        .isEqualTo("A photo must be a JPEG, PNG or WebP image.");

    String never = sha256(photo());
    for (String hash : List.of(sha256(large), sha256(notAPhoto), never)) {
      assertThat(stored(hash)).as("the store holds " + hash).isEqualTo(404);
      HttpResponse<String> filed =
          gateway.postForm(
              "open311/v2/requests.json",
              filing("api_key", key, "media_url", patrolApp() + "/evidence/" + hash));
      assertThat(assertJsonError(filed, 400))
          .contains("media_url names photo " + hash)
          .contains("evidence store does not hold");
    }
    assertThat(reportsOnTheMachine()).isZero();

    // The same filing with a photo the store took is recorded, the photo's hash with it.
    HttpResponse<String> taken = upload(small);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    assertThat(stored(sha256(small))).isEqualTo(200);
    String other = gateway.freshEquipment("Open311 media park");
    HttpResponse<String> filed =
        gateway.postForm(
            "open311/v2/requests.json",
            filing(
                "api_key",
                key,
                "address_id",
                other,
                "media_url",
                patrolApp() + "/evidence/" + sha256(small)));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String id = LiveGateway.json(filed).get(0).get("service_request_id").asString();
    JsonNode request =
        LiveGateway.json(gateway.getPublic("open311/v2/requests/" + id + ".json")).get(0);
    assertThat(request.get("media_url").asString()).endsWith("/evidence/" + sha256(small));
  }

  @Test
  void errors_come_in_the_format_the_path_asks_for() {
    HttpResponse<String> xml =
        gateway.postForm("open311/v2/requests.xml", filing("service_code", "fitness-teleporter"));

    assertThat(xml.statusCode()).isEqualTo(400);
    assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
    assertThat(xml.body())
        .contains("<errors><error><code>400</code><description>service_code fitness-teleporter");
    assertJsonError(gateway.getPublic("open311/v2/services/fitness-teleporter.json"), 400);
    assertJsonError(gateway.getPublic("open311/v2/requests/R-NOSUCHREPORT.json"), 404);
    assertJsonError(gateway.getPublic("open311/v2/tokens/R-NOSUCHREPORT.json"), 404);
    assertJsonError(gateway.getPublic("open311/v2/services.yaml"), 404);
  }

  @Test
  void searches_with_far_off_or_too_wide_dates_are_refused() {
    for (String query :
        List.of(
            "start_date=+999999999-01-01T00:00:00Z",
            "start_date=1970-01-01T00:00:00Z",
            "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
            "start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
            "end_date=yesterday",
            "status=pending",
            "service_code=fitness-teleporter",
            "service_request_id=" + "R-1,".repeat(101))) {
      assertJsonError(gateway.getPublic("open311/v2/requests.json?" + query), 400);
    }
  }

  @Test
  void a_flood_from_one_client_is_refused_before_the_ledger_and_records_one_report()
      throws Exception {
    String floodMachine = gateway.freshEquipment("Open311 flood park");
    String floodKey = Launcher.run("open311-key", "open311-flood-it").strip();
    List<Callable<HttpResponse<String>>> flood = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Map<String, String> form =
          Map.of(
              "api_key",
              floodKey,
              "service_code",
              "fitness-other",
              "address_id",
              floodMachine,
              "description",
              "flood " + i);
      flood.add(() -> gateway.postForm("open311/v2/requests.json", form));
    }
    ExecutorService senders = Executors.newFixedThreadPool(8);
    long started = System.nanoTime();
    List<Future<HttpResponse<String>>> answers;
    try {
      answers = senders.invokeAll(flood);
    } finally {
      senders.shutdown();
    }
    double minutes = (System.nanoTime() - started) / 60e9;

    Set<String> ids = new HashSet<>();
    int accepted = 0;
    int limited = 0;
    for (Future<HttpResponse<String>> future : answers) {
      HttpResponse<String> answer = future.get();
      if (answer.statusCode() == 201) {
        accepted++;
        ids.add(LiveGateway.json(answer).get(0).get("service_request_id").asString());
      } else {
        assertJsonError(answer, 429);
        limited++;
      }
    }
    // 20 a minute per client and address, refilled evenly while the flood lasted.
    assertThat(accepted).isLessThanOrEqualTo(20 + (int) Math.ceil(20 * minutes));
    assertThat(limited).isPositive();
    assertThat(ids).hasSize(1);
    JsonNode listed =
        LiveGateway.json(
            gateway.getPublic("open311/v2/requests.json?service_code=fitness-other&status=open"));
    int onTheMachine = 0;
    for (JsonNode request : listed) {
      if (request.get("address_id").asString().equals(floodMachine)) {
        onTheMachine++;
      }
    }
    assertThat(onTheMachine).isEqualTo(1);
  }
}
