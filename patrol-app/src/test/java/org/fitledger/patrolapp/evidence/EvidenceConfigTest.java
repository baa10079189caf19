package org.fitledger.patrolapp.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceConfigTest {

  @Test
  void keeps_photos_of_up_to_10_mib_in_evidence_when_nothing_is_set() {
    EvidenceConfig config = EvidenceConfig.fromEnvironment(Map.of());

    assertThat(config.directory()).isEqualTo(Path.of("evidence"));
    assertThat(config.maxBytes()).isEqualTo(10 * 1024 * 1024);
  }

  @Test
  void reads_directory_and_limit_from_the_environment() {
    EvidenceConfig config =
        EvidenceConfig.fromEnvironment(
            Map.of(
                "FITLEDGER_EVIDENCE_DIR", "run/evidence",
                "FITLEDGER_EVIDENCE_MAX_BYTES", "2097152"));

    assertThat(config.directory()).isEqualTo(Path.of("run", "evidence"));
    assertThat(config.maxBytes()).isEqualTo(2_097_152);
  }

  @Test
  void rejects_a_limit_that_is_not_a_number() {
    assertThatThrownBy(
            () -> EvidenceConfig.fromEnvironment(Map.of("FITLEDGER_EVIDENCE_MAX_BYTES", "10MB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FITLEDGER_EVIDENCE_MAX_BYTES");
  }

  @Test
  void rejects_a_limit_of_zero_or_over_1_gib() {
    assertThatThrownBy(
            () -> EvidenceConfig.fromEnvironment(Map.of("FITLEDGER_EVIDENCE_MAX_BYTES", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    assertThatThrownBy(
            () ->
                EvidenceConfig.fromEnvironment(
                    Map.of("FITLEDGER_EVIDENCE_MAX_BYTES", "1073741825")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1073741825");
  }
}
