package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.fitledger.model.equipment.EquipmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class EquipmentProjectionTest {
  public static final String EQUIPMENT =
      "{\"id\":\"eq-1\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"P1\","
          + "\"serial\":\"S-1\",\"site\":\"Riverside park\",\"districtPath\":\"SH/PD/ZJ/C01\","
          + "\"latitude\":31.2304,\"longitude\":121.4737,\"installedOn\":\"2024-05-01\","
          + "\"warrantyUntil\":null,\"inspectionIntervals\":{\"ROUTINE\":7,\"FUNCTIONAL\":30,"
          + "\"STRUCTURAL\":365},\"retired\":true,\"registeredBy\":\"supervisor1\","
          + "\"registeredAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-02-01T00:00:00Z\","
          + "\"txId\":\"tx\"}";

  @Test
  void writes_the_columns_the_scope_and_status_need_and_the_record_text_unchanged() {
    RecordingJdbc jdbc = new RecordingJdbc();
    EquipmentProjection projection =
        new EquipmentProjection(new EquipmentRepository(jdbc.client()));

    projection.project(
        Changes.parse(
                "{\"changes\":[{\"kind\":\"equipment\",\"record\":" + EQUIPMENT + "}]}", Map.of())
            .get(0)
            .record(),
        new LedgerEvent(50, "tx", "fitledger", "EquipmentRetired", ""));

    assertThat(projection.kind()).isEqualTo("equipment");
    assertThat(jdbc.into("equipment").get(0).params())
        .containsExactly(
            "eq-1",
            "pull-up bar",
            "Riverside park",
            "SH/PD/ZJ/C01",
            true,
            "tx",
            50L,
            EQUIPMENT,
            "2026-01-01T00:00:00Z",
            7,
            30,
            365,
            "tx",
            50L,
            31.2304,
            121.4737);
    assertThat(jdbc.into("equipment").get(0).sql())
        .doesNotContain("registration_tx_id = excluded")
        .doesNotContain("registration_block = excluded");
  }

  @ParameterizedTest(name = "retired {0}, open critical made safe {1} -> {2}")
  @CsvSource({
    "true, true, RETIRED",
    "true, false, RETIRED",
    "false, true, OUT_OF_SERVICE",
    "false, false, IN_SERVICE"
  })
  void derives_the_status_like_the_chaincode(
      boolean retired, boolean openCriticalMadeSafe, EquipmentStatus status) {
    assertThat(EquipmentStatus.of(retired, openCriticalMadeSafe)).isEqualTo(status);
  }
}
