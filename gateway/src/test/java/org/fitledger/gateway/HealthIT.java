package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void reports_up_while_a_peer_and_postgresql_answer() {
    HttpResponse<String> health = gateway.get(null, "actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(LiveGateway.json(health).get("status").asString()).isEqualTo("UP");
  }
}
