package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An inspector records a patrol in real headless Chromium, against the running stack. */
class PatrolPageIT {

  private final StackSettings stack = StackSettings.fromEnvironment();
  private HeadlessChromium chromium;

  @BeforeEach
  void openBrowser() throws Exception {
    chromium = HeadlessChromium.start();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    chromium.close();
  }

  @Test
  void an_inspector_records_a_defect_that_the_gateway_then_serves() throws Exception {
    try {
      recordDefectAndReadItBack();
    } catch (Exception | AssertionError failure) {
      chromium.screenshot(Path.of("target", "PatrolPageIT-failure.png"));
      throw failure;
    }
  }

  private void recordDefectAndReadItBack() throws Exception {
    GatewayRestClient supervisor =
        new GatewayRestClient(stack.gatewayUrl(), "supervisor1", stack.password("supervisor1"));
    String equipmentId = "it-" + UUID.randomUUID();
    // inspector1 patrols district SH/PD; the phone stands about 11 m north of the equipment.
    supervisor.registerEquipment(equipmentId, "PatrolPageIT park", "SH/PD/ZJ/C01", 31.2, 121.6);
    chromium.placeAt(31.2001, 121.6, 8);
    String note = "Loose bolt on the left handle " + UUID.randomUUID();

    PatrolPage page = PatrolPage.open(chromium.driver(), stack.patrolAppUrl());
    assertThat(page.signIn("inspector1", stack.password("inspector1"))).contains("inspector1");
    page.submitPatrol(equipmentId, "DEFECT", note);
    String transactionId = page.awaitTransactionId();

    assertThat(transactionId).matches("[0-9a-f]{64}");
    String patrolId = page.text("result-patrol-id");
    JsonObject patrol = supervisor.readPatrol(patrolId);
    assertThat(patrol.getString("txId")).isEqualTo(transactionId);
    JsonObject inspection = patrol.getJsonArray("inspections").getJsonObject(0);
    assertThat(inspection.getString("equipmentId")).isEqualTo(equipmentId);
    assertThat(inspection.getString("condition")).isEqualTo("DEFECT");
    assertThat(inspection.getString("notes")).isEqualTo(note);
    assertThat(inspection.getDouble("distanceMeters")).isBetween(10.0, 12.0);
    assertThat(inspection.getBoolean("withinTolerance")).isTrue();
    JsonObject ticket = supervisor.readTicket(patrolId + "-0");
    assertThat(ticket.getString("equipmentId")).isEqualTo(equipmentId);
    assertThat(ticket.getString("state")).isEqualTo("OPEN");
    assertThat(ticket.getString("description")).isEqualTo(note);
  }
}
