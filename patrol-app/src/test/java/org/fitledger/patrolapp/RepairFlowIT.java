package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A contractor's repair and the inspector's verification in the field app, in real Chromium against
 * the running stack: acknowledge, confirm the repair with a photo, a rejection with its reason, the
 * rework, and the acceptance that closes the ticket.
 */
class RepairFlowIT {

  private final StackSettings stack = StackSettings.fromEnvironment();

  @Test
  void a_contractor_repairs_and_an_inspector_rejects_then_accepts() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String street = "SH/XH/RF" + run.toUpperCase(Locale.ROOT);
    GatewayRestClient supervisor =
        new GatewayRestClient(stack.gatewayUrl(), "supervisor1", stack.password("supervisor1"));
    supervisor.registerContract("C-RF-" + run, "GREENFIX", street);
    String equipment = "EQ-" + run + "-RF";
    supervisor.registerEquipment(equipment, "Lakeside Park", street + "/C01", 31.25, 121.55);

    String ticketId;
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      Page reporter = browser.phone(stack.patrolAppUrl(), "en-US", 31.25, 121.55).newPage();
      reporter.navigate("/");
      FieldApp.enrolPhone(reporter, "inspector4");
      ticketId = FieldApp.reportDefect(reporter, equipment, "Handle wobbles " + run);
      Page contractor = browser.phone(stack.patrolAppUrl(), "en-US", 31.25, 121.55).newPage();
      contractor.navigate("/");
      FieldApp.enrolPhone(contractor, "contractor2");
      Locator card =
          contractor.locator(
              "#home-companyTickets a.card", new Page.LocatorOptions().setHasText(equipment));
      card.waitFor();
      Screens.check(contractor, "contractor-home");
      card.click();
      contractor.locator("#step-acknowledgement").waitFor();
      Screens.check(contractor, "ticket-to-acknowledge");
      contractor.locator("#acknowledgement-note").fill("On our way");
      contractor.locator("#step-acknowledgement").click();
      FieldApp.awaitTicketState(contractor, "Acknowledged");

      contractor.locator("#step-repair").click();
      contractor.locator("#error").getByText("INVALID_INPUT").waitFor();
      FieldApp.repair(contractor, "Bolt replaced", 11);

      Page inspectorPhone = browser.phone(stack.patrolAppUrl(), "en-US", 31.25, 121.55).newPage();
      inspectorPhone.navigate("/");
      FieldApp.enrolPhone(inspectorPhone, "inspector5");
      Locator toVerify =
          inspectorPhone.locator(
              "#home-toVerify a.card", new Page.LocatorOptions().setHasText(equipment));
      toVerify.waitFor();
      toVerify.click();
      inspectorPhone.locator("#verify-reject").waitFor();
      Screens.check(inspectorPhone, "ticket-to-verify");
      inspectorPhone.locator("#verify-reject").click();
      inspectorPhone.locator("#error").getByText("INVALID_INPUT").waitFor();
      inspectorPhone.locator("#verify-reason").fill("Handle still wobbles");
      inspectorPhone.locator("#verify-reject").click();
      FieldApp.awaitTicketState(inspectorPhone, "Acknowledged");

      contractor.reload();
      contractor.locator("#step-repair").waitFor();
      FieldApp.repair(contractor, "Handle bracket welded", 12);

      inspectorPhone.reload();
      inspectorPhone.locator("#verify-accept").click();
      FieldApp.awaitTicketState(inspectorPhone, "Closed");
      Screens.check(inspectorPhone, "ticket-closed");
    }

    JsonObject ticket = supervisor.readTicket(ticketId);
    assertThat(ticket.getString("state")).isEqualTo("CLOSED");
    assertThat(ticket.getInteger("rework")).isEqualTo(1);
    List<String> steps =
        ticket.getJsonArray("steps").stream()
            .map(
                s ->
                    ((JsonObject) s).getString("action")
                        + " by "
                        + ((JsonObject) s).getString("by"))
            .toList();
    assertThat(steps)
        .containsExactly(
            "OPEN by inspector4",
            "ACKNOWLEDGE by contractor2",
            "REPAIR by contractor2",
            "REJECT by inspector5",
            "REPAIR by contractor2",
            "ACCEPT by inspector5");
    JsonObject lastRepair = ticket.getJsonArray("steps").getJsonObject(4);
    String hash = lastRepair.getJsonArray("photoHashes").getString(0);
    byte[] stored =
        FieldApp.evidence(
            stack.patrolAppUrl(),
            stack.gatewayUrl(),
            "contractor2",
            stack.password("contractor2"),
            hash);
    assertThat(FieldApp.sha256(stored)).isEqualTo(hash);
    assertThat(Pictures.hasExif(stored)).isFalse();
    assertThat(ticket.getJsonArray("steps").getJsonObject(3).getString("reason"))
        .isEqualTo("Handle still wobbles");
  }
}
