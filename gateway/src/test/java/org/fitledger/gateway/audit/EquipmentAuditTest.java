package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fitledger.gateway.equipment.EquipmentProjectionTest;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.junit.jupiter.api.Test;

class EquipmentAuditTest {

  @Test
  void keeps_what_coverage_needs_of_the_record_and_leaves_the_inspection_times() {
    RecordingJdbc jdbc = new RecordingJdbc();
    EquipmentAudit.over(jdbc.client())
        .project(
            Changes.parse(
                    "{\"changes\":[{\"kind\":\"equipment\",\"record\":"
                        + EquipmentProjectionTest.EQUIPMENT
                        + "}]}",
                    Map.of())
                .get(0)
                .record(),
            new LedgerEvent(50, "tx", "fitledger", "EquipmentUpdated", ""));

    List<RecordingJdbc.Statement> coverage = jdbc.into("equipment_coverage");
    assertThat(coverage).hasSize(1);
    assertThat(coverage.get(0).params())
        .containsExactly("eq-1", "SH/PD/ZJ/C01", "2026-01-01T00:00:00Z", true, 7, 30, 365);
    assertThat(coverage.get(0).sql())
        .contains("district_path = excluded.district_path")
        .contains("retired = excluded.retired")
        .doesNotContain("routine_ts =");
    assertThat(jdbc.statements()).as("it reads no feature table").hasSize(1);
  }
}
