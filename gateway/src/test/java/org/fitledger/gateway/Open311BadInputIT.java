package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the Open311 interface answers to bad input, in the specification's error format, and that
 * such input records nothing: unknown service codes, missing fields, text no reader could carry, a
 * photo from outside the evidence store, dates far off, and a flood from one client.
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
