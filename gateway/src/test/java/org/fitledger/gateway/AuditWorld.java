package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What the audit IT writes on the live stack, in a street of its own ({@code SH/PD/AU…}) so that no
 * other test's records enter its figures: equipment in two communities, two patrols (one inspection
 * beyond the location tolerance, one that could not reach the equipment), and five tickets of two
 * companies with steps on time, late, rejected and never taken. It keeps every ledger answer
 * (record, transaction id, block) so that the expected figures are computed from what was written.
 */
final class AuditWorld {
  static final String GREENFIX_SLA = TicketFixtures.USUAL_SLA;
  // About a second to acknowledge (0.36 s) and to repair (1.08 s) a MINOR fault.
  static final String TINY_MINOR_SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":4,\"makeSafeHours\":24,\"repairHours\":72},"
          + "\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
          + "\"MINOR\":{\"acknowledgeHours\":0.0001,\"repairHours\":0.0003}}";

  /** A ledger write as the gateway answered it. */
  record Written(String txId, long block, JsonNode record) {
    static Written of(HttpResponse<String> response) {
      JsonNode json = LiveGateway.json(response);
      return new Written(
          json.get("txId").asString(), json.get("blockNumber").asLong(), json.get("record"));
    }
  }

  /** A registered piece of equipment with its intervals (days) per level. */
  record Piece(String id, String districtPath, Map<String, Integer> intervals, Written registered) {
    Instant registeredAt() {
      return Instant.parse(registered.record().get("registeredAt").asString());
    }
  }

  final LiveGateway gateway;
  final String street =
      "AU" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  final String district = "SH/PD/" + street;
  final String siteA = "IT audit site A " + UUID.randomUUID();
  final String siteB = "IT audit site B " + UUID.randomUUID();
  final Map<String, Piece> pieces = new LinkedHashMap<>();
  final List<Written> patrols = new ArrayList<>();
  final Map<String, Written> tickets = new LinkedHashMap<>();
  final Map<String, List<Written>> steps = new LinkedHashMap<>();

  AuditWorld(LiveGateway gateway) {
    this.gateway = gateway;
  }

  String community(int n) {
    return district + "/C0" + n;
  }

  /** supervisor1 registers a piece in a community of the street with these intervals. */
  Piece register(String site, int community, int routine, int functional, int structural) {
    String id = "it-au-" + UUID.randomUUID();
    Map<String, Integer> intervals = new LinkedHashMap<>();
    intervals.put("ROUTINE", routine);
    intervals.put("FUNCTIONAL", functional);
    intervals.put("STRUCTURAL", structural);
    String body =
        "{\"id\":\""
            + id
            + "\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"P1\",\"serial\":\"S-"
            + id
            + "\",\"site\":\""
            + site
            + "\",\"districtPath\":\""
            + community(community)
            + "\",\"latitude\":31.2304,\"longitude\":121.4737,\"installedOn\":\"2024-05-01\","
            + "\"warrantyUntil\":null,\"inspectionIntervals\":{\"ROUTINE\":"
            + routine
            + ",\"FUNCTIONAL\":"
            + functional
            + ",\"STRUCTURAL\":"
            + structural
            + "}}";
    HttpResponse<String> answer = gateway.post("supervisor1", "api/v1/equipment", body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    Piece piece = new Piece(id, community(community), intervals, Written.of(answer));
    pieces.put(id, piece);
    return piece;
  }

  /** One inspection of a patrol: level, condition and how far north of the piece the fix is. */
  record Seen(Piece piece, String level, String condition, double metersNorth) {}

  /** An inspector records a patrol of these inspections, all OK-type (no defect). */
  Written patrol(String inspector, List<Seen> seen) {
    StringBuilder inspections = new StringBuilder();
    for (Seen s : seen) {
      inspections
          .append(inspections.length() == 0 ? "" : ",")
          .append("{\"equipmentId\":\"")
          .append(s.piece().id())
          .append("\",\"level\":\"")
          .append(s.level())
          .append("\",\"condition\":\"")
          .append(s.condition())
          .append("\",\"checklist\":{},\"notes\":\"\",\"photoHashes\":[],\"gps\":{\"latitude\":")
          .append(String.format(Locale.ROOT, "%.6f", 31.2304 + s.metersNorth() / 111_195.0))
          .append(",\"longitude\":121.4737,\"accuracyMeters\":5},\"observedAt\":\"")
          .append(Instant.now())
          .append("\"}");
    }
    HttpResponse<String> answer =
        gateway.post(
            inspector,
            "api/v1/patrols",
            "{\"id\":\"" + UUID.randomUUID() + "\",\"inspections\":[" + inspections + "]}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    Written written = Written.of(answer);
    patrols.add(written);
    return written;
  }

  /** supervisor1 opens a ticket on a piece; it is assigned by the contract of its site. */
  String open(Piece piece, String severity) {
    String id = "it-au-t-" + UUID.randomUUID();
    HttpResponse<String> answer =
        gateway.post(
            "supervisor1",
            "api/v1/tickets",
            "{\"id\":\""
                + id
                + "\",\"equipmentId\":\""
                + piece.id()
                + "\",\"severity\":\""
                + severity
                + "\",\"category\":\"MECHANICAL\",\"description\":\"loose bolt\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    Written written = Written.of(answer);
    tickets.put(id, written);
    steps.put(id, new ArrayList<>());
    return id;
  }

  /** A ticket step through REST that must be accepted. */
  Written step(String user, String ticket, String resource, String body) {
    HttpResponse<String> answer =
        gateway.post(user, "api/v1/tickets/" + ticket + "/" + resource, body);
    assertThat(answer.statusCode()).as(user + " " + resource + ": " + answer.body()).isEqualTo(200);
    Written written = Written.of(answer);
    tickets.put(ticket, written);
    steps.get(ticket).add(written);
    return written;
  }

  /** The ticket as last written. */
  JsonNode ticket(String id) {
    return tickets.get(id).record();
  }

  /** The ticket's deadline of a step ({@code acknowledge}, {@code makeSafe}, {@code repair}). */
  Instant deadline(String ticket, String step) {
    return Instant.parse(ticket(ticket).get("deadlines").get(step).asString());
  }

  /** Polls this machine's clock (which the peers share) until it is past an instant. */
  static void awaitClockPast(Instant instant) {
    Instant limit = Instant.now().plus(Duration.ofSeconds(30));
    assertThat(instant).as("deadline within 30 s").isBefore(limit);
    while (!Instant.now().isAfter(instant)) {
      try {
        Thread.sleep(
            Math.max(1, Math.min(50, Duration.between(Instant.now(), instant).toMillis())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
