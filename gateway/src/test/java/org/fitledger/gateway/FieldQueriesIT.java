package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The patrol app's queries on the live stack: the equipment due for inspection, nearest first; one
 * piece's inspections, newest first; a contractor's open tickets by the deadline of the step each
 * waits for; an inspector's tickets awaiting verification. Each test works in a community of its
 * own under SH/PD (inspector1..3's and supervisor2's district, not inspector4's SH/XH).
 */
class FieldQueriesIT {
  private static final Duration DAY = Duration.ofDays(1);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  /** A community path of its own, e.g. {@code SH/PD/FQ/C1A2B3C4D}. */
  private static String freshCommunity() {
    return "SH/PD/FQ/C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** supervisor1 registers a piece; the record as written. */
  private JsonNode register(String districtPath, String site, double latitude, double longitude) {
    String id = "it-fq-" + UUID.randomUUID();
    HttpResponse<String> registered =
        gateway.post(
            "supervisor1",
            "api/v1/equipment",
            "{\"id\":\""
                + id
                + "\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"P1\",\"serial\":\"S-"
                + id
                + "\",\"site\":\""
                + site
                + "\",\"districtPath\":\""
                + districtPath
                + "\",\"latitude\":"
                + latitude
                + ",\"longitude\":"
                + longitude
                + ",\"installedOn\":\"2024-05-01\",\"warrantyUntil\":null,"
                + "\"inspectionIntervals\":{\"ROUTINE\":1,\"FUNCTIONAL\":30,\"STRUCTURAL\":365}}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return LiveGateway.json(registered).get("record");
  }

  private static String inspection(String equipmentId, String level, String condition) {
    return "{\"equipmentId\":\""
        + equipmentId
        + "\",\"level\":\""
        + level
        + "\",\"condition\":\""
        + condition
        + "\",\"checklist\":{\"bolts\":\""
        + ("DEFECT".equals(condition) ? "FAIL" : "PASS")
        + "\"},\"notes\":\""
        + level.toLowerCase(Locale.ROOT)
        + " round\",\"photoHashes\":[\""
        + "ef".repeat(32)
        + "\"],\"gps\":{\"latitude\":31.2305,\"longitude\":121.4737,\"accuracyMeters\":5},"
        + "\"observedAt\":\""
        + Instant.now()
        + "\",\"defect\":"
        + ("DEFECT".equals(condition)
            ? "{\"severity\":\"MAJOR\",\"category\":\"MECHANICAL\",\"description\":\"loose\"}"
            : "null")
        + "}";
  }

  /** An inspector records a patrol of these inspections; the patrol record as written. */
  private JsonNode patrol(String inspector, String... inspections) {
    HttpResponse<String> recorded =
        gateway.post(
            inspector,
            "api/v1/patrols",
            "{\"id\":\""
                + UUID.randomUUID()
                + "\",\"inspections\":["
                + String.join(",", inspections)
                + "]}");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    return LiveGateway.json(recorded).get("record");
  }

  private JsonNode ok(String user, String path) {
    HttpResponse<String> answer = gateway.get(user, path);
    assertThat(answer.statusCode()).as(user + " " + path + ": " + answer.body()).isEqualTo(200);
    return LiveGateway.json(answer);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  /** A ledger time rounded to the microsecond, as PostgreSQL keeps it. */
  private static Instant micros(String time) {
    return Instant.parse(time).plusNanos(500).truncatedTo(ChronoUnit.MICROS);
  }

  @Test
  void lists_the_pieces_due_by_a_day_nearest_first_or_earliest_due_first_with_each_level_due() {
    String community = freshCommunity();
    JsonNode south = register(community, "FQ south", 31.2300, 121.4700);
    JsonNode north = register(community, "FQ north", 31.2400, 121.4700);
    JsonNode middle = register(community, "FQ middle", 31.2350, 121.4700);
    JsonNode retired = register(community, "FQ retired", 31.2401, 121.4700);
    HttpResponse<String> retirement =
        gateway.post(
            "supervisor1",
            "api/v1/equipment/" + retired.get("id").asString() + "/retirement",
            "{\"reason\":\"worn\"}");
    assertThat(retirement.statusCode()).as(retirement.body()).isEqualTo(200);
    String due = "api/v1/due-inspections?district=" + community;

    JsonNode byDue = ok("inspector1", due + "&on=" + today.plusDays(2));

    assertThat(ids(byDue))
        .containsExactly(
            south.get("id").asString(), north.get("id").asString(), middle.get("id").asString());
    assertThat(byDue.get("total").asLong()).isEqualTo(3);
    JsonNode first = byDue.get("items").get(0);
    assertThat(first.get("status").asString()).isEqualTo("IN_SERVICE");
    assertThat(first.get("registeredAt").asString())
        .isEqualTo(south.get("registeredAt").asString());
    assertThat(first.has("distanceMeters")).isFalse();
    // Never inspected: every level with an interval is due from the registration on.
    assertThat(first.get("due")).hasSize(3);
    assertThat(first.get("due").get(0).get("level").asString()).isEqualTo("ROUTINE");
    assertThat(first.get("due").get(1).get("level").asString()).isEqualTo("FUNCTIONAL");
    assertThat(first.get("due").get(2).get("level").asString()).isEqualTo("STRUCTURAL");
    for (JsonNode level : first.get("due")) {
      assertThat(level.get("lastInspectedAt").isNull()).isTrue();
      assertThat(micros(level.get("dueAt").asString()))
          .isEqualTo(micros(south.get("registeredAt").asString()));
    }

    JsonNode nearest =
        ok("inspector1", due + "&on=" + today.plusDays(2) + "&near=31.2402,121.4700");

    assertThat(ids(nearest))
        .containsExactly(
            north.get("id").asString(), middle.get("id").asString(), south.get("id").asString());
    List<Double> distances = new ArrayList<>();
    nearest.get("items").forEach(item -> distances.add(item.get("distanceMeters").asDouble()));
    assertThat(distances).isSorted();
    assertThat(distances.get(0)).isBetween(20.0, 25.0);
    assertThat(distances.get(2)).isBetween(1125.0, 1145.0);

    JsonNode page = ok("inspector1", due + "&on=" + today.plusDays(2) + "&page=1&size=2");
    assertThat(ids(page)).containsExactly(middle.get("id").asString());
    assertThat(page.get("total").asLong()).isEqualTo(3);

    assertThat(ok("inspector1", due).get("total").asLong()).as("all are due today").isEqualTo(3);
    assertThat(ok("inspector1", due + "&level=FUNCTIONAL").get("total").asLong()).isEqualTo(3);
    assertThat(ok("inspector1", due + "&level=STRUCTURAL").get("total").asLong()).isEqualTo(3);
    JsonNode functional = ok("supervisor2", due + "&on=" + today.plusDays(31));
    assertThat(functional.get("total").asLong()).isEqualTo(3);
    List<String> levels = new ArrayList<>();
    functional.get("items").get(0).get("due").forEach(d -> levels.add(d.get("level").asString()));
    assertThat(levels).containsExactly("ROUTINE", "FUNCTIONAL", "STRUCTURAL");
  }

  @Test
  void an_inspection_postpones_its_level_and_the_less_thorough_ones_but_not_accessible_none() {
    String community = freshCommunity();
    JsonNode first = register(community, "FQ first", 31.2300, 121.4700);
    JsonNode second = register(community, "FQ second", 31.2310, 121.4700);
    JsonNode third = register(community, "FQ third", 31.2320, 121.4700);
    JsonNode patrol =
        patrol(
            "inspector1",
            inspection(first.get("id").asString(), "FUNCTIONAL", "OK"),
            inspection(third.get("id").asString(), "STRUCTURAL", "NOT_ACCESSIBLE"));
    String due = "api/v1/due-inspections?district=" + community + "&on=" + today.plusDays(31);

    JsonNode answer = ok("inspector2", due);

    // Each is due first for what was never done: the first piece for its structural inspection,
    // from its registration on, the others for every level.
    assertThat(ids(answer))
        .containsExactly(
            first.get("id").asString(), second.get("id").asString(), third.get("id").asString());
    JsonNode inspected = answer.get("items").get(0).get("due");
    Instant recordedAt = micros(patrol.get("recordedAt").asString());
    assertThat(inspected).hasSize(3);
    for (int i = 0; i < 2; i++) {
      assertThat(micros(inspected.get(i).get("lastInspectedAt").asString())).isEqualTo(recordedAt);
    }
    assertThat(micros(inspected.get(0).get("dueAt").asString())).isEqualTo(recordedAt.plus(DAY));
    assertThat(micros(inspected.get(1).get("dueAt").asString()))
        .isEqualTo(recordedAt.plus(Duration.ofDays(30)));
    assertThat(inspected.get(2).get("level").asString()).isEqualTo("STRUCTURAL");
    assertThat(inspected.get(2).get("lastInspectedAt").isNull()).isTrue();
    assertThat(micros(inspected.get(2).get("dueAt").asString()))
        .isEqualTo(micros(first.get("registeredAt").asString()));
    JsonNode notAccessible = answer.get("items").get(2).get("due");
    assertThat(notAccessible).hasSize(3);
    assertThat(notAccessible.get(0).get("lastInspectedAt").isNull()).isTrue();
    assertThat(micros(notAccessible.get(0).get("dueAt").asString()))
        .isEqualTo(micros(third.get("registeredAt").asString()));
    assertThat(
            ids(ok("inspector2", "api/v1/due-inspections?level=FUNCTIONAL&district=" + community)))
        .as("today, the functional inspection postpones that level of the first piece")
        .containsExactly(second.get("id").asString(), third.get("id").asString());
  }

  @Test
  void the_due_list_keeps_to_the_persons_districts_and_refuses_contractors() {
    String community = freshCommunity();
    String id = register(community, "FQ scope", 31.2300, 121.4700).get("id").asString();
    String due = "api/v1/due-inspections?on=" + today.plusDays(2);

    assertThat(ids(ok("supervisor2", due + "&district=" + community))).containsExactly(id);
    assertThat(ok("inspector4", due + "&district=" + community).get("total").asLong()).isZero();
    JsonNode elsewhere = ok("inspector4", due + "&size=500");
    assertThat(ids(elsewhere)).doesNotContain(id);
    elsewhere
        .get("items")
        .forEach(item -> assertThat(item.get("districtPath").asString()).startsWith("SH/XH/"));

    HttpResponse<String> contractor = gateway.get("contractor1", due);
    assertThat(contractor.statusCode()).as(contractor.body()).isEqualTo(403);
    assertThat(LiveGateway.json(contractor).get("code").asString()).isEqualTo("ACCESS_DENIED");
    HttpResponse<String> malformed = gateway.get("inspector1", due + "&near=31.2,north");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(LiveGateway.json(malformed).get("code").asString()).isEqualTo("INVALID_INPUT");
    assertThat(LiveGateway.json(malformed).get("message").asString()).startsWith("near must be");
  }

  @Test
  void lists_a_pieces_inspections_newest_first_to_whoever_sees_the_piece() {
    String site = "FQ site " + UUID.randomUUID();
    gateway.freshContract("GREENFIX", site, TicketFixtures.USUAL_SLA);
    String id = register(freshCommunity(), site, 31.2304, 121.4737).get("id").asString();
    JsonNode older = patrol("inspector1", inspection(id, "ROUTINE", "OK"));
    JsonNode newer = patrol("inspector2", inspection(id, "FUNCTIONAL", "DEFECT"));
    String path = "api/v1/equipment/" + id + "/inspections";

    JsonNode page = ok("inspector1", path);

    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode item = page.get("items").get(i);
      JsonNode patrol = i == 0 ? newer : older;
      JsonNode stored = patrol.get("inspections").get(0);
      assertThat(item.get("patrolId").asString()).isEqualTo(patrol.get("id").asString());
      assertThat(item.get("inspector").asString()).isEqualTo(patrol.get("inspector").asString());
      for (String field :
          List.of(
              "level",
              "condition",
              "checklist",
              "notes",
              "photoHashes",
              "gps",
              "observedAt",
              "defect",
              "distanceMeters",
              "withinTolerance")) {
        assertThat(item.get(field)).as(field).isEqualTo(stored.get(field));
      }
      assertThat(item.get("recordedAt").asString()).isEqualTo(patrol.get("recordedAt").asString());
      assertThat(item.get("txId").asString()).isEqualTo(patrol.get("txId").asString());
      assertThat(item.get("blockNumber").isIntegralNumber()).isTrue();
    }
    assertThat(page.get("items").get(0).get("defect").get("severity").asString())
        .isEqualTo("MAJOR");
    JsonNode second = ok("supervisor2", path + "?page=1&size=1");
    assertThat(second.get("items").get(0).get("patrolId").asString())
        .isEqualTo(older.get("id").asString());

    // The DEFECT inspection opened a ticket for GREENFIX: its staff now see the piece.
    assertThat(ok("contractor1", path).get("items")).isEqualTo(page.get("items"));
    for (String outsider : List.of("inspector4", "contractor3")) {
      HttpResponse<String> hidden = gateway.get(outsider, path);
      assertThat(hidden.statusCode()).as(outsider).isEqualTo(404);
      assertThat(LiveGateway.json(hidden).get("code").asString()).isEqualTo("EQUIPMENT_NOT_FOUND");
    }
  }

  /** supervisor1 opens a ticket on fresh equipment at the site; its id. */
  private String ticket(String community, String site, String severity) {
    String equipment = register(community, site, 31.2304, 121.4737).get("id").asString();
    String id = "it-fq-t-" + UUID.randomUUID();
    HttpResponse<String> opened =
        gateway.post(
            "supervisor1",
            "api/v1/tickets",
            "{\"id\":\""
                + id
                + "\",\"equipmentId\":\""
                + equipment
                + "\",\"severity\":\""
                + severity
                + "\",\"category\":\"MECHANICAL\",\"description\":\"loose bolt\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return id;
  }

  private void step(String user, String ticket, String resource, String body) {
    HttpResponse<String> answer =
        gateway.post(user, "api/v1/tickets/" + ticket + "/" + resource, body);
    assertThat(answer.statusCode()).as(resource + ": " + answer.body()).isEqualTo(200);
  }

  /** The deadline of the contractor step a ticket waits for, from its own deadlines; or null. */
  private static Instant waitingFor(JsonNode ticket) {
    JsonNode deadlines = ticket.get("deadlines");
    String deadline =
        switch (ticket.get("state").asString()) {
          case "OPEN" -> deadlines.get("acknowledge").asString();
          case "ACKNOWLEDGED" ->
              "CRITICAL".equals(ticket.get("severity").asString())
                      && !ticket.get("madeSafe").asBoolean()
                  ? deadlines.get("makeSafe").asString()
                  : deadlines.get("repair").asString();
          case "MADE_SAFE" -> deadlines.get("repair").asString();
          default -> null;
        };
    return deadline == null ? null : Instant.parse(deadline);
  }

  @Test
  void serves_a_contractor_their_open_tickets_by_next_deadline_and_an_inspector_those_to_verify() {
    String community = freshCommunity();
    String site = "FQ tickets " + UUID.randomUUID();
    gateway.freshContract("GREENFIX", site, TicketFixtures.USUAL_SLA);
    String majorAcknowledged = ticket(community, site, "MAJOR");
    step("contractor2", majorAcknowledged, "acknowledgement", "{\"note\":\"seen\"}");
    String minorOpen = ticket(community, site, "MINOR");
    String criticalAcknowledged = ticket(community, site, "CRITICAL");
    step("contractor2", criticalAcknowledged, "acknowledgement", "{\"note\":\"seen\"}");
    String repaired = ticket(community, site, "MAJOR");
    step("contractor2", repaired, "acknowledgement", "{\"note\":\"seen\"}");
    step("contractor2", repaired, "repair", TicketFixtures.REPAIR);
    String criticalOpen = ticket(community, site, "CRITICAL");
    String tickets = "api/v1/tickets?district=" + community;

    JsonNode open =
        ok("contractor1", tickets + "&status=OPEN,ACKNOWLEDGED,MADE_SAFE&sort=nextDeadline");

    // Deadlines 4 h, 24 h (make safe), 72 h and 168 h (repair) after each ticket opened.
    assertThat(ids(open))
        .containsExactly(criticalOpen, criticalAcknowledged, minorOpen, majorAcknowledged);
    List<Instant> deadlines = new ArrayList<>();
    open.get("items").forEach(item -> deadlines.add(waitingFor(item)));
    assertThat(deadlines).doesNotContainNull().isSorted();
    assertThat(ids(ok("contractor1", tickets + "&sort=nextDeadline")))
        .containsExactly(
            criticalOpen, criticalAcknowledged, minorOpen, majorAcknowledged, repaired);
    assertThat(ids(ok("contractor1", tickets + "&sort=-nextDeadline")))
        .containsExactly(
            majorAcknowledged, minorOpen, criticalAcknowledged, criticalOpen, repaired);
    assertThat(ok("contractor3", tickets).get("total").asLong()).isZero();

    JsonNode toVerify = ok("inspector1", tickets + "&status=REPAIRED");
    assertThat(ids(toVerify)).containsExactly(repaired);
    assertThat(ok("inspector4", tickets + "&status=REPAIRED").get("total").asLong()).isZero();
    JsonNode allToVerify = ok("inspector1", "api/v1/tickets?status=REPAIRED&size=500");
    assertThat(allToVerify.get("items"))
        .allSatisfy(
            item -> {
              assertThat(item.get("state").asString()).isEqualTo("REPAIRED");
              assertThat(item.get("districtPath").asString()).startsWith("SH/PD/");
            });
    // The same lists without naming states: what each may act on now, and what is still open.
    assertThat(ids(ok("contractor1", tickets + "&actionable=true&sort=nextDeadline")))
        .containsExactly(criticalOpen, criticalAcknowledged, minorOpen, majorAcknowledged);
    assertThat(ids(ok("inspector1", tickets + "&actionable=true"))).containsExactly(repaired);
    assertThat(ok("contractor1", tickets + "&open=true").get("total").asLong()).isEqualTo(5);
    step("inspector1", repaired, "verification", "{\"accepted\":true,\"reason\":\"\"}");
    assertThat(ok("inspector1", tickets + "&status=REPAIRED").get("total").asLong()).isZero();
    assertThat(ok("inspector1", tickets + "&actionable=true").get("total").asLong()).isZero();
    assertThat(ids(ok("contractor1", tickets + "&open=false"))).containsExactly(repaired);
  }
}
