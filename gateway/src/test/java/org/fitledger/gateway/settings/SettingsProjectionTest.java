package org.fitledger.gateway.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.junit.jupiter.api.Test;

class SettingsProjectionTest {

  @Test
  void keeps_the_one_settings_row_with_its_transaction_and_block() {
    RecordingJdbc jdbc = new RecordingJdbc();
    SettingsProjection projection = new SettingsProjection(jdbc.client());

    projection.project(
        Changes.parse(
                "{\"changes\":[{\"kind\":\"settings\",\"record\":"
                    + "{\"locationToleranceMeters\":250}}]}",
                Map.of())
            .get(0)
            .record(),
        new LedgerEvent(70, "tx", "fitledger", "LocationToleranceSet", ""));

    assertThat(projection.kind()).isEqualTo("settings");
    assertThat(jdbc.into("settings").get(0).params())
        .containsExactly("tx", 70L, "{\"locationToleranceMeters\":250}");
  }
}
