package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatrolAppConfigTest {

  @Test
  void uses_port_8081_and_the_local_gateway_when_nothing_is_set() {
    PatrolAppConfig config = PatrolAppConfig.fromEnvironment(Map.of());

    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.gatewayUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(config.gatewayTimeout()).isPositive();
    assertThat(config.evidence().directory()).isEqualTo(Path.of("evidence"));
    assertThat(config.evidence().maxBytes()).isEqualTo(10 * 1024 * 1024);
  }

  @Test
  void reads_the_evidence_store_settings_from_the_environment() {
    PatrolAppConfig config =
        PatrolAppConfig.fromEnvironment(
            Map.of(
                "FITLEDGER_EVIDENCE_DIR", "run/evidence",
                "FITLEDGER_EVIDENCE_MAX_BYTES", "1048576"));

    assertThat(config.evidence().directory()).isEqualTo(Path.of("run/evidence"));
    assertThat(config.evidence().maxBytes()).isEqualTo(1_048_576);
  }

  @Test
  void refuses_to_start_with_an_evidence_limit_that_is_not_a_number() {
    assertThatThrownBy(
            () -> PatrolAppConfig.fromEnvironment(Map.of("FITLEDGER_EVIDENCE_MAX_BYTES", "big")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FITLEDGER_EVIDENCE_MAX_BYTES");
  }

  @Test
  void reads_port_and_gateway_url_from_the_environment() {
    PatrolAppConfig config =
        PatrolAppConfig.fromEnvironment(
            Map.of(
                "FITLEDGER_PATROL_APP_PORT", "9091",
                "FITLEDGER_GATEWAY_URL", "https://gateway.example:8443/"));

    assertThat(config.port()).isEqualTo(9091);
    assertThat(config.gatewayUrl()).isEqualTo(URI.create("https://gateway.example:8443"));
  }

  @Test
  void rejects_a_port_that_is_not_a_number() {
    assertThatThrownBy(
            () -> PatrolAppConfig.fromEnvironment(Map.of("FITLEDGER_PATROL_APP_PORT", "http")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FITLEDGER_PATROL_APP_PORT");
  }

  @Test
  void rejects_a_port_out_of_range() {
    assertThatThrownBy(
            () -> PatrolAppConfig.fromEnvironment(Map.of("FITLEDGER_PATROL_APP_PORT", "70000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
  }

  @Test
  void rejects_a_gateway_url_that_is_not_http() {
    assertThatThrownBy(
            () ->
                PatrolAppConfig.fromEnvironment(
                    Map.of("FITLEDGER_GATEWAY_URL", "file:///etc/passwd")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http");
  }
}
