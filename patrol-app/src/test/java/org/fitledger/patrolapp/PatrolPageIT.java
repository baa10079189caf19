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
    supervisor.registerEquipment(equipmentId, "pull-up bar", "PatrolPageIT park");
    String note = "Loose bolt on the left handle " + UUID.randomUUID();

    PatrolPage page = PatrolPage.open(chromium.driver(), stack.patrolAppUrl());
    assertThat(page.signIn("inspector1", stack.password("inspector1"))).contains("inspector1");
    page.submitPatrol(equipmentId, "DEFECT", note);
    String transactionId = page.awaitTransactionId();

    assertThat(transactionId).matches("[0-9a-f]{64}");
    JsonObject patrol = supervisor.readPatrol(page.text("result-patrol-id"));
    assertThat(patrol.getString("equipmentId")).isEqualTo(equipmentId);
    assertThat(patrol.getString("condition")).isEqualTo("DEFECT");
    assertThat(patrol.getString("note")).isEqualTo(note);
    assertThat(patrol.getString("txId")).isEqualTo(transactionId);
  }
}
