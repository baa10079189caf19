package org.fitledger.chaincode.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {
  private final World world = new World();
  private final InMemoryLedger ledger = world.ledger;

  @Test
  void reads_a_tolerance_of_100_meters_before_anyone_sets_one() {
    assertThat(world.settings.read(ledger.tx(INSPECTOR)))
        .isEqualTo("{\"locationToleranceMeters\":100,\"setBy\":null,\"setAt\":null,\"txId\":null}");
  }

  @Test
  void a_supervisor_sets_the_tolerance_with_one_event() {
    String stored = world.settings.setLocationTolerance(ledger.tx(SUPERVISOR), "250");

    assertThat(stored)
        .isEqualTo(
            "{\"locationToleranceMeters\":250,\"setBy\":\"supervisor1\","
                + "\"setAt\":\"2026-11-21T10:15:30.123Z\",\"txId\":\"tx1\"}");
    assertThat(world.settings.read(ledger.tx(INSPECTOR))).isEqualTo(stored);
    assertThat(ledger.events())
        .containsExactly(
            new InMemoryLedger.Event(
                "LocationToleranceSet",
                "{\"changes\":[{\"kind\":\"settings\",\"id\":\"global\"}]}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10001", "-1", "1.5", "", "ten"})
  void refuses_a_tolerance_outside_1_to_10000_whole_meters(String meters) {
    assertRefused(
        () -> world.settings.setLocationTolerance(ledger.tx(SUPERVISOR), meters),
        ErrorCode.INVALID_INPUT);
    assertThat(ledger.writes()).isZero();
  }

  @Test
  void refuses_an_inspector() {
    assertRefused(
            () -> world.settings.setLocationTolerance(ledger.tx(INSPECTOR), "50"),
            ErrorCode.ACCESS_DENIED)
        .hasMessageContaining("only supervisors may set the location tolerance");
  }
}
