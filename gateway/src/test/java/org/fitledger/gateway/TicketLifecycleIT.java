package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The fault-ticket lifecycle through REST on the live stack, each step by the person responsible: a
 * patrol finds a defect, the assigned company acknowledges and repairs, the inspector rejects once
 * (rework 1), the repair is redone and accepted, and the ticket closes; and a repair after its
 * deadline is recorded as late.
 */
class TicketLifecycleIT {
  private static final String PHOTO = "cd".repeat(32);
  private static final String USUAL_SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":4,\"makeSafeHours\":24,\"repairHours\":72},"
          + "\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
          + "\"MINOR\":{\"acknowledgeHours\":72,\"repairHours\":720}}";
  // About one second to repair a MINOR fault: the chaincode must accept fractional SLA hours.
  private static final String TINY_MINOR_REPAIR_SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":4,\"makeSafeHours\":24,\"repairHours\":72},"
          + "\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
          + "\"MINOR\":{\"acknowledgeHours\":0.0001,\"repairHours\":0.0003}}";

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  private JsonNode step(String user, String ticket, String resource, String body) {
    HttpResponse<String> answer =
        gateway.post(user, "api/v1/tickets/" + ticket + "/" + resource, body);
    assertThat(answer.statusCode()).as(user + " " + resource + ": " + answer.body()).isEqualTo(200);
    JsonNode written = LiveGateway.json(answer);
    assertThat(written.get("record").get("txId").asString())
        .isEqualTo(written.get("txId").asString());
    return written.get("record");
  }

  private JsonNode indexed(String user, String ticket) {
    HttpResponse<String> read = gateway.get(user, "api/v1/tickets/" + ticket);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return LiveGateway.json(read);
  }

  private static JsonNode lastStep(JsonNode ticket) {
    JsonNode steps = ticket.get("steps");
    return steps.get(steps.size() - 1);
  }

  @Test
  void a_defect_is_repaired_rejected_once_repaired_again_and_closed() {
    String site = "IT site " + UUID.randomUUID();
    gateway.freshContract("GREENFIX", site, USUAL_SLA);
    String equipmentId = gateway.freshEquipment(site);
    String patrolId = UUID.randomUUID().toString();
    HttpResponse<String> patrol =
        gateway.post("inspector1", "api/v1/patrols", LiveGateway.patrol(patrolId, equipmentId));
    assertThat(patrol.statusCode()).as(patrol.body()).isEqualTo(201);
    String ticket = patrolId + "-0";

    JsonNode opened = indexed("contractor1", ticket);
    assertThat(opened.get("state").asString()).isEqualTo("OPEN");
    assertThat(opened.get("company").asString()).isEqualTo("GREENFIX");
    assertThat(opened.get("deadlines").get("makeSafe").isNull()).isTrue();
    assertThat(gateway.get("contractor3", "api/v1/tickets/" + ticket).statusCode()).isEqualTo(404);
    HttpResponse<String> otherCompany =
        gateway.post("contractor3", "api/v1/tickets/" + ticket + "/acknowledgement", "{}");
    // As for a ticket that does not exist: nothing tells contractor3 whose it is.
    assertThat(otherCompany.statusCode()).as(otherCompany.body()).isEqualTo(404);
    assertThat(LiveGateway.json(otherCompany).get("message").asString())
        .isEqualTo("no ticket with id " + ticket);

    JsonNode acknowledged =
        step("contractor1", ticket, "acknowledgement", "{\"note\":\"on our way\"}");
    assertThat(acknowledged.get("state").asString()).isEqualTo("ACKNOWLEDGED");
    assertThat(lastStep(acknowledged).get("onTime").asBoolean()).isTrue();

    String repair = "{\"note\":\"bolt replaced\",\"photoHashes\":[\"" + PHOTO + "\"]}";
    assertThat(step("contractor1", ticket, "repair", repair).get("state").asString())
        .isEqualTo("REPAIRED");
    HttpResponse<String> outOfDistrict =
        gateway.post(
            "inspector4",
            "api/v1/tickets/" + ticket + "/verification",
            "{\"accepted\":true,\"reason\":\"\"}");
    assertThat(outOfDistrict.statusCode()).as(outOfDistrict.body()).isEqualTo(404);
    assertThat(LiveGateway.json(outOfDistrict).get("code").asString())
        .isEqualTo("TICKET_NOT_FOUND");

    JsonNode rejected =
        step(
            "inspector2",
            ticket,
            "verification",
            "{\"accepted\":false,\"reason\":\"still wobbles\"}");
    assertThat(rejected.get("state").asString()).isEqualTo("ACKNOWLEDGED");
    assertThat(rejected.get("rework").asInt()).isEqualTo(1);

    step("contractor2", ticket, "repair", repair);
    JsonNode closed =
        step("inspector1", ticket, "verification", "{\"accepted\":true,\"reason\":\"\"}");
    assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
    assertThat(closed.get("rework").asInt()).isEqualTo(1);

    assertThat(LiveGateway.ledgerRecord(indexed("supervisor1", ticket))).isEqualTo(closed);
    HttpResponse<String> again =
        gateway.post("contractor1", "api/v1/tickets/" + ticket + "/repair", repair);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(LiveGateway.json(again).get("code").asString()).isEqualTo("INVALID_TRANSITION");
    assertThat(LiveGateway.json(again).get("txId").asString()).isNotBlank();

    HttpResponse<String> history =
        gateway.get("contractor1", "api/v1/tickets/" + ticket + "/history");
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(LiveGateway.json(history).size()).isGreaterThanOrEqualTo(6);
    HttpResponse<String> equipment = gateway.get("contractor1", "api/v1/equipment/" + equipmentId);
    assertThat(equipment.statusCode()).as(equipment.body()).isEqualTo(200);
    assertThat(LiveGateway.json(equipment).get("status").asString()).isEqualTo("IN_SERVICE");
  }

  @Test
  void a_repair_after_its_deadline_is_recorded_as_late() {
    String site = "IT late site " + UUID.randomUUID();
    gateway.freshContract("FIXRIGHT", site, TINY_MINOR_REPAIR_SLA);
    String equipmentId = gateway.freshEquipment(site);
    String ticket = "it-t-" + UUID.randomUUID();
    HttpResponse<String> opened =
        gateway.post(
            "supervisor1",
            "api/v1/tickets",
            "{\"id\":\""
                + ticket
                + "\",\"equipmentId\":\""
                + equipmentId
                + "\",\"severity\":\"MINOR\",\"category\":\"SURFACE\","
                + "\"description\":\"peeling paint\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    JsonNode record = LiveGateway.json(opened).get("record");
    assertThat(record.get("company").asString()).isEqualTo("FIXRIGHT");
    Instant repairBy = Instant.parse(record.get("deadlines").get("repair").asString());

    step("contractor3", ticket, "acknowledgement", "{\"note\":\"seen\"}");
    awaitClockPast(repairBy.plus(Duration.ofMillis(500)));
    JsonNode repaired =
        step(
            "contractor4",
            ticket,
            "repair",
            "{\"note\":\"repainted\",\"photoHashes\":[\"" + PHOTO + "\"]}");

    assertThat(repaired.get("state").asString()).isEqualTo("REPAIRED");
    JsonNode late = lastStep(repaired);
    assertThat(Instant.parse(late.get("at").asString())).isAfter(repairBy);
    assertThat(late.get("onTime").asBoolean()).isFalse();
    assertThat(lastStep(indexed("contractor4", ticket)).get("onTime").asBoolean()).isFalse();
  }

  /** Polls this machine's clock (which the peers share) until it is past an instant. */
  private static void awaitClockPast(Instant instant) {
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
