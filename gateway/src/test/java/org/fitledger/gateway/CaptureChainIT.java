package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.fitledger.gateway.client.Device;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Patrols signed on the inspector's phone when they were captured, offline, each naming the one
 * before: the chaincode checks each against the inspector's certificate and chain. A capture
 * dropped from the queue, or sent out of order, is recorded as a broken link that supervisors see
 * on the patrol; a patrol changed in the queue after capture is refused and never recorded.
 */
class CaptureChainIT {
  private static final String PATROLS = "api/v1/patrols";
  private static LiveFabric fabric;

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @BeforeAll
  static void connect() {
    fabric = LiveFabric.fromEnvironment();
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    fabric.close();
  }

  private JsonNode send(Device.Captured captured) {
    HttpResponse<String> answer = gateway.post("inspector2", PATROLS, captured.request());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return LiveGateway.json(answer).get("record").get("capture");
  }

  private static String idOf(Device.Captured captured) {
    return tools.jackson.databind.json.JsonMapper.shared()
        .readTree(captured.request())
        .get("id")
        .asString();
  }

  private static String patrol(String equipment) {
    return LiveGateway.patrol(UUID.randomUUID().toString(), equipment);
  }

  @Test
  void a_dropped_or_reordered_capture_breaks_the_chain_and_a_changed_one_is_refused() {
    Device phone = fabric.device("inspector2");
    String equipment = gateway.freshEquipment();
    // The chain may hold this inspector's captures of an earlier run: start from a capture of now.
    Device.Captured start = phone.capture(patrol(equipment), null);
    send(start);
    Device.Captured first = phone.capture(patrol(equipment), start.hash());
    Device.Captured dropped = phone.capture(patrol(equipment), first.hash());
    Device.Captured third = phone.capture(patrol(equipment), dropped.hash());

    JsonNode linked = send(first);
    JsonNode afterGap = send(third);
    JsonNode late = send(dropped);

    assertThat(linked.get("chain").asString()).isEqualTo("LINKED");
    assertThat(linked.get("hash").asString()).isEqualTo(first.hash());
    assertThat(afterGap.get("chain").asString()).isEqualTo("BROKEN");
    assertThat(afterGap.get("expectedPrevious").asString()).isEqualTo(first.hash());
    assertThat(late.get("chain").asString()).isEqualTo("BROKEN");
    assertThat(late.get("expectedPrevious").asString()).isEqualTo(third.hash());
    String thirdId = idOf(third);
    HttpResponse<String> seen = gateway.get("supervisor1", PATROLS + "/" + thirdId);
    assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
    assertThat(LiveGateway.json(seen).get("capture").get("chain").asString()).isEqualTo("BROKEN");
    HttpResponse<String> audit =
        gateway.get(
            "supervisor1",
            "api/v1/audit/capture-breaks?district=" + LiveGateway.DISTRICT_PATH + "&size=100");
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    java.util.Map<String, JsonNode> listed = new java.util.HashMap<>();
    LiveGateway.json(audit).get("items").forEach(b -> listed.put(b.get("patrolId").asString(), b));
    assertThat(listed.get(thirdId).get("expectedPrevious").asString()).isEqualTo(first.hash());
    assertThat(listed.get(thirdId).get("signer").get("name").asString()).isEqualTo("inspector2");
    assertThat(listed).doesNotContainKey(idOf(first));
    assertThat(gateway.get("inspector2", "api/v1/audit/capture-breaks").statusCode())
        .isEqualTo(403);

    Device.Captured changed = phone.capture(patrol(equipment), dropped.hash());
    String tampered =
        changed.request().replace("\"notes\":\"loose bolt\"", "\"notes\":\"all fine\"");
    assertThat(tampered).isNotEqualTo(changed.request());
    HttpResponse<String> refused = gateway.post("inspector2", PATROLS, tampered);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(LiveGateway.json(refused).get("message").asString())
        .contains("changed after it was captured");
    assertThat(send(phone.capture(patrol(equipment), dropped.hash())).get("chain").asString())
        .isEqualTo("LINKED");
  }
}
