package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
    String equipmentId = gateway.freshEquipment();
    String id = UUID.randomUUID().toString();

    HttpResponse<String> created =
        gateway.post("inspector1", "api/v1/patrols", LiveGateway.patrol(id, equipmentId));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/patrols/" + id));
    JsonNode written = LiveGateway.json(created);
    assertThat(written.get("transactionId").asString()).matches(HEX_64);
    assertThat(written.get("blockNumber").isIntegralNumber()).isTrue();
    JsonNode record = written.get("record");
    assertThat(record.get("id").asString()).isEqualTo(id);
    assertThat(record.get("equipmentId").asString()).isEqualTo(equipmentId);
    assertThat(record.get("condition").asString()).isEqualTo("DEFECT");
    assertThat(record.get("note").asString()).isEqualTo("loose bolt");
    assertThat(record.get("inspectorMsp").asString()).isEqualTo("PatrolMSP");
    assertThat(record.get("txId").asString()).isEqualTo(written.get("transactionId").asString());

    HttpResponse<String> read = getWithin2s("inspector1", "api/v1/patrols/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    ObjectNode indexed = (ObjectNode) LiveGateway.json(read);
    assertThat(indexed.get("blockNumber").asLong()).isEqualTo(written.get("blockNumber").asLong());
    indexed.remove("blockNumber");
    assertThat(indexed).isEqualTo(record);

    HttpResponse<String> replayed =
        gateway.post("inspector1", "api/v1/patrols", LiveGateway.patrol(id, equipmentId));
    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(201);
    assertThat(LiveGateway.json(replayed).get("record")).isEqualTo(record);
    JsonNode afterReplay = LiveGateway.json(gateway.get("inspector1", "api/v1/patrols/" + id));
    assertThat(afterReplay.get("txId")).isEqualTo(record.get("txId"));
    assertThat(afterReplay.get("blockNumber")).isEqualTo(written.get("blockNumber"));
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
}
