package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/me/notifications} on the live gateway: bad input answers 400 {@code INVALID_INPUT}
 * with a sentence naming the field and changes nothing stored; each person reads and changes their
 * own preferences only, and the webhook secret is never answered.
 */
class NotificationPreferencesIT {
  private static final String PATH = "api/v1/me/notifications";
  private static final String SECRET = "it-secret-" + UUID.randomUUID();

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @AfterEach
  void nobodyIsToldAnythingAfterwards() {
    for (String person : List.of("contractor1", "contractor2", "inspector2")) {
      HttpResponse<String> cleared = gateway.put(person, PATH, "{\"kinds\":[]}");
      assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    }
  }

  private static String body(String email, String url, String secret, String kinds) {
    return "{\"email\":"
        + quoted(email)
        + ",\"webhookUrl\":"
        + quoted(url)
        + ",\"webhookSecret\":"
        + quoted(secret)
        + ",\"kinds\":"
        + kinds
        + "}";
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  private JsonNode read(String person) {
    HttpResponse<String> read = gateway.get(person, PATH);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).doesNotContain(SECRET);
    return LiveGateway.json(read);
  }

  @Test
  void bad_preferences_answer_400_with_the_field_named_and_nothing_is_stored() {
    String good =
        body(
            "contractor1@fitledger.test",
            "https://hooks.fitledger.test/c1",
            SECRET,
            "[\"ASSIGNED\"]");
    HttpResponse<String> stored = gateway.put("contractor1", PATH, good);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    JsonNode before = read("contractor1");
    assertThat(before.get("webhookSecretSet").asBoolean()).isTrue();
    assertThat(before.has("webhookSecret")).isFalse();

    List<String[]> refused =
        List.of(
            new String[] {
              body(null, "ftp://hooks.fitledger.test/", SECRET, "[\"ASSIGNED\"]"),
              "webhookUrl must be an http or https URL"
            },
            new String[] {
              body(null, "javascript:alert(1)", SECRET, "[\"ASSIGNED\"]"),
              "webhookUrl must be an http or https URL"
            },
            new String[] {
              body(null, "https://u:p@hooks.fitledger.test/", SECRET, "[\"ASSIGNED\"]"),
              "must not carry credentials"
            },
            new String[] {
              body(
                  null,
                  "https://hooks.fitledger.test/" + "a".repeat(2000),
                  SECRET,
                  "[\"ASSIGNED\"]"),
              "webhookUrl must be at most 2000"
            },
            new String[] {
              body("x@fitledger.test\\r\\nBcc: y@fitledger.test", null, null, "[\"ASSIGNED\"]"),
              "email must not contain U+000D"
            },
            new String[] {
              body("not-an-address", null, null, "[\"ASSIGNED\"]"), "email must be an address"
            },
            new String[] {
              body("a@" + "b".repeat(260) + ".test", null, null, "[\"ASSIGNED\"]"),
              "email must be at most 254"
            },
            new String[] {
              body(null, "https://hooks.fitledger.test/", "short", "[\"ASSIGNED\"]"),
              "webhookSecret must be 16 to 256"
            },
            new String[] {
              body("c1@fitledger.test", null, null, "[\"EVERYTHING\"]"), "kinds[0] must be one of"
            },
            new String[] {
              body("c1@fitledger.test", null, null, "[\"AWAITS_VERIFICATION\"]"),
              "is not sent to your role"
            },
            new String[] {
              body("c1@fitledger.test", null, null, "[\"ASSIGNED\",\"ASSIGNED\"]"), "named twice"
            },
            new String[] {body(null, null, null, "[\"ASSIGNED\"]"), "need somewhere to go"},
            new String[] {
              "{\"email\":\"c1@fitledger.test\",\"kinds\":\"ASSIGNED\"}", "not valid JSON"
            },
            new String[] {"{\"email\":\"a\\u0000@fitledger.test\",\"kinds\":[]}", "U+0000"},
            new String[] {"not json", "not valid JSON"});
    for (String[] bad : refused) {
      HttpResponse<String> answer = gateway.put("contractor1", PATH, bad[0]);
      assertThat(answer.statusCode()).as(bad[0] + " -> " + answer.body()).isEqualTo(400);
      JsonNode error = LiveGateway.json(answer);
      assertThat(error.get("code").asString()).isEqualTo("INVALID_INPUT");
      assertThat(error.get("message").asString()).as(bad[0]).contains(bad[1]);
    }
    assertThat(read("contractor1")).isEqualTo(before);
  }

  @Test
  void one_person_neither_reads_nor_changes_anothers_preferences() {
    HttpResponse<String> mine =
        gateway.put(
            "contractor1",
            PATH,
            body("c1@fitledger.test", "https://hooks.fitledger.test/c1", SECRET, "[\"ASSIGNED\"]"));
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    JsonNode contractor1 = read("contractor1");

    JsonNode seenByContractor2 = read("contractor2");
    assertThat(seenByContractor2.get("username").asString()).isEqualTo("contractor2");
    assertThat(seenByContractor2.toString()).doesNotContain("c1@fitledger.test");

    HttpResponse<String> naming =
        gateway.put(
            "contractor2",
            PATH,
            "{\"username\":\"contractor1\",\"email\":\"evil@fitledger.test\",\"kinds\":[\"ASSIGNED\"]}");
    assertThat(naming.statusCode()).as(naming.body()).isEqualTo(400);
    HttpResponse<String> byQuery =
        gateway.put(
            "contractor2",
            PATH + "?username=contractor1",
            body("c2@fitledger.test", null, null, "[\"ASSIGNED\"]"));
    if (byQuery.statusCode() == 200) {
      assertThat(LiveGateway.json(byQuery).get("username").asString()).isEqualTo("contractor2");
    } else {
      assertThat(byQuery.statusCode()).as(byQuery.body()).isEqualTo(400);
    }
    assertThat(gateway.get("contractor2", "api/v1/people/contractor1/notifications").statusCode())
        .isEqualTo(404);
    assertThat(gateway.getPublic(PATH).statusCode()).isEqualTo(401);
    assertThat(read("contractor1")).isEqualTo(contractor1);

    HttpResponse<String> deliveries = gateway.get("contractor2", PATH + "/deliveries");
    assertThat(deliveries.statusCode()).as(deliveries.body()).isEqualTo(200);
    assertThat(deliveries.body()).doesNotContain("\"recipient\"");
  }

  @Test
  void an_inspector_may_ask_for_repairs_awaiting_verification_and_keeps_the_secret_unseen() {
    HttpResponse<String> set =
        gateway.put(
            "inspector2",
            PATH,
            body(null, "https://hooks.fitledger.test/i2", SECRET, "[\"AWAITS_VERIFICATION\"]"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).doesNotContain(SECRET);
    HttpResponse<String> keep =
        gateway.put(
            "inspector2",
            PATH,
            body(null, "https://hooks.fitledger.test/i2b", null, "[\"AWAITS_VERIFICATION\"]"));
    assertThat(keep.statusCode()).as(keep.body()).isEqualTo(200);
    JsonNode read = read("inspector2");
    assertThat(read.get("webhookUrl").asString()).isEqualTo("https://hooks.fitledger.test/i2b");
    assertThat(read.get("webhookSecretSet").asBoolean()).isTrue();
    assertThat(read.get("availableKinds").toString()).isEqualTo("[\"AWAITS_VERIFICATION\"]");
    HttpResponse<String> assigned =
        gateway.put("inspector2", PATH, body("i2@fitledger.test", null, null, "[\"ASSIGNED\"]"));
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(400);
  }
}
