package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PatrolApiIT {
  private static final String HEX_64 = "[0-9a-f]{64}";

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  /** GETs until the answer is not 404, for at most 2 s. */
  private HttpResponse<String> getWithin2s(String user, String path) throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    HttpResponse<String> response = gateway.get(user, path);
    while (response.statusCode() == 404 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      response = gateway.get(user, path);
    }
    return response;
  }

  @Test
  void an_inspectors_patrol_is_committed_indexed_and_idempotent() throws InterruptedException {
    String district = LiveGateway.freshDistrict();
    String equipmentId = gateway.freshEquipmentIn("IT park", district);
    Map<String, JsonNode> audited = ReportSourcesAudit.read(gateway, district);
    String id = UUID.randomUUID().toString();
    // One body for both sends: a replay is the same patrol, observed at the same instant.
    String body = LiveGateway.patrol(id, equipmentId);

    HttpResponse<String> created = gateway.post("inspector1", "api/v1/patrols", body);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/patrols/" + id));
    JsonNode written = LiveGateway.json(created);
    assertThat(written.get("txId").asString()).matches(HEX_64);
    assertThat(written.get("blockNumber").isIntegralNumber()).isTrue();
    JsonNode record = written.get("record");
    assertThat(record.get("id").asString()).isEqualTo(id);
    JsonNode inspection = record.get("inspections").get(0);
    assertThat(inspection.get("equipmentId").asString()).isEqualTo(equipmentId);
    assertThat(inspection.get("condition").asString()).isEqualTo("DEFECT");
    assertThat(inspection.get("notes").asString()).isEqualTo("loose bolt");
    assertThat(inspection.get("withinTolerance").asBoolean()).isTrue();
    assertThat(record.get("inspectorMsp").asString()).isEqualTo("PatrolMSP");
    assertThat(record.get("txId").asString()).isEqualTo(written.get("txId").asString());

    HttpResponse<String> read = getWithin2s("inspector1", "api/v1/patrols/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    ObjectNode indexed = (ObjectNode) LiveGateway.json(read);
    assertThat(indexed.get("blockNumber").asLong()).isEqualTo(written.get("blockNumber").asLong());
    assertThat(LiveGateway.ledgerRecord(indexed)).isEqualTo(record);

    HttpResponse<String> replayed = gateway.post("inspector1", "api/v1/patrols", body);
    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(201);
    assertThat(LiveGateway.json(replayed).get("record")).isEqualTo(record);
    JsonNode afterReplay = LiveGateway.json(gateway.get("inspector1", "api/v1/patrols/" + id));
    assertThat(afterReplay.get("txId")).isEqualTo(record.get("txId"));
    assertThat(afterReplay.get("blockNumber")).isEqualTo(written.get("blockNumber"));

    HttpResponse<String> ticket = gateway.get("inspector1", "api/v1/tickets/" + id + "-0");
    assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(200);
    assertThat(LiveGateway.json(ticket).get("source").get("patrolId").asString()).isEqualTo(id);

    // The audit of reports by source counts the defect once, as a patrol's, replay and all: a
    // patrol's defect is its own triage and confirmed at once.
    Map<String, JsonNode> audit = ReportSourcesAudit.read(gateway, district);
    ReportSourcesAudit.assertGrew(audited, audit, Map.of("patrol", new long[] {1, 1, 1, 0, 0}));
    assertThat(audit.get("patrol").get("confirmedShare").asDouble()).isEqualTo(1.0);
  }

  @Test
  void an_inspector_of_another_district_does_not_see_the_patrol() {
    String equipmentId = gateway.freshEquipment();
    String id = UUID.randomUUID().toString();
    HttpResponse<String> created =
        gateway.post("inspector1", "api/v1/patrols", LiveGateway.patrol(id, equipmentId));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    HttpResponse<String> read = gateway.get("inspector4", "api/v1/patrols/" + id);

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(LiveGateway.json(read).get("code").asString()).isEqualTo("PATROL_NOT_FOUND");
  }

  @Test
  void an_inspector_may_not_record_a_patrol_outside_their_districts_and_is_told_no_such_piece() {
    String equipmentId = gateway.freshEquipment();

    HttpResponse<String> denied =
        gateway.post(
            "inspector4",
            "api/v1/patrols",
            LiveGateway.patrol(UUID.randomUUID().toString(), equipmentId));

    assertThat(denied.statusCode()).as(denied.body()).isEqualTo(404);
    assertThat(LiveGateway.json(denied).get("code").asString()).isEqualTo("EQUIPMENT_NOT_FOUND");
    assertThat(denied.body()).doesNotContain("SH/PD");
  }

  @Test
  void a_session_token_acts_as_the_person_until_it_expires() {
    String token = gateway.token("inspector1");

    HttpResponse<String> me = gateway.getWithBearer(token, "api/v1/me");

    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(LiveGateway.json(me).get("username").asString()).isEqualTo("inspector1");
    assertThat(gateway.getWithBearer(token + "x", "api/v1/me").statusCode()).isEqualTo(401);
  }

  @Test
  void a_contractor_may_not_record_a_patrol() {
    String equipmentId = gateway.freshEquipment();
    String id = UUID.randomUUID().toString();

    HttpResponse<String> denied =
        gateway.post("contractor1", "api/v1/patrols", LiveGateway.patrol(id, equipmentId));

    assertThat(denied.statusCode()).as(denied.body()).isEqualTo(403);
    assertThat(LiveGateway.json(denied).get("code").asString()).isEqualTo("ACCESS_DENIED");
    HttpResponse<String> read = gateway.get("contractor1", "api/v1/patrols/" + id);
    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(LiveGateway.json(read).get("code").asString()).isEqualTo("PATROL_NOT_FOUND");
  }

  @Test
  void a_request_without_credentials_is_401() {
    HttpResponse<String> response =
        gateway.post(null, "api/v1/patrols", LiveGateway.patrol("x", "eq-x"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(LiveGateway.json(response).get("code").asString()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void a_malformed_body_is_400_invalid_input() {
    HttpResponse<String> response = gateway.post("inspector1", "api/v1/patrols", "{\"id\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(LiveGateway.json(response).get("code").asString()).isEqualTo("INVALID_INPUT");
  }

  @Test
  void a_note_with_a_nul_character_is_refused_and_changes_nothing() {
    String equipmentId = gateway.freshEquipment();
    String id = UUID.randomUUID().toString();
    String body =
        LiveGateway.patrol(id, equipmentId)
            .replace("\"notes\":\"loose bolt\"", "\"notes\":\"loose\\u0000bolt\"");
    assertThat(body).contains("loose\\u0000bolt");

    HttpResponse<String> refused = gateway.post("inspector1", "api/v1/patrols", body);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = LiveGateway.json(refused);
    assertThat(error.get("code").asString()).isEqualTo("INVALID_INPUT");
    assertThat(error.get("message").asString())
        .contains("inspections[0].notes must not contain U+0000");
    HttpResponse<String> read = gateway.get("inspector1", "api/v1/patrols/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(404);
    HttpResponse<String> verified = gateway.get("supervisor1", "api/v1/audit/verify");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    assertThat(LiveGateway.json(verified).get("ok").asBoolean()).as(verified.body()).isTrue();
  }
}
