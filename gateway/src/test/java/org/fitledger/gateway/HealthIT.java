package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HealthIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  private JsonNode health(String user) {
    HttpResponse<String> health = gateway.get(user, "actuator/health");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    return LiveGateway.json(health);
  }

  @Test
  void reports_up_while_a_peer_and_postgresql_answer() {
    assertThat(health(null).get("status").asString()).isEqualTo("UP");
  }

  @Test
  void shows_anyone_the_components_but_no_addresses_process_ids_or_paths() {
    for (String user : new String[] {null, "inspector1", "contractor1"}) {
      JsonNode health = health(user);

      assertThat(health.get("components").get("index").get("status").asString()).isEqualTo("UP");
      assertThat(health.findValues("details")).as(String.valueOf(user)).isEmpty();
      assertThat(health.toString()).doesNotContain("pid=").doesNotContain("127.0.0.1");
    }
  }

  @Test
  void shows_a_supervisor_the_details() {
    JsonNode index = health("supervisor1").get("components").get("index").get("details");

    assertThat(index.get("activeIndexer").asString()).startsWith("fitledger-indexer pid=");
    assertThat(index.get("peerHeight").asLong()).isPositive();
  }

  @Test
  void the_metrics_which_name_the_machines_disks_are_a_supervisors_only() {
    assertThat(gateway.getText(null, "actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(gateway.getText("inspector1", "actuator/prometheus").statusCode()).isEqualTo(403);
    HttpResponse<String> metrics = gateway.getText("supervisor1", "actuator/prometheus");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("fitledger_index_visibility_seconds");
  }
}
