package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.patrolapp.FieldApp.LEDGER_WAIT_MS;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An inspector's day in the field app, in real Chromium against the running stack: the home screen
 * lists the equipment due, nearest first; the camera reads a QR tag; a failed checklist item makes
 * a defect with a photo; the patrol reaches the ledger from the queue and its ticket opens,
 * assigned to the contractor of the district.
 */
class InspectorDayIT {

  private final StackSettings stack = StackSettings.fromEnvironment();

  @Test
  void scan_then_a_defect_then_the_ticket_it_opens() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String street = "SH/XH/IT" + run.toUpperCase(java.util.Locale.ROOT);
    GatewayRestClient supervisor =
        new GatewayRestClient(stack.gatewayUrl(), "supervisor1", stack.password("supervisor1"));
    supervisor.registerContract("C-IT-" + run, "GREENFIX", street);
    String near = "EQ-" + run + "-NEAR";
    String far = "EQ-" + run + "-FAR";
    supervisor.registerEquipment(far, "Riverside Park north", street + "/C01", 31.2100, 121.6);
    supervisor.registerEquipment(near, "Riverside Park", street + "/C01", 31.2000, 121.6);
    Path camera =
        Pictures.cameraShowingQr(
            stack.patrolAppUrl() + "/#/equipment/" + near,
            Files.createTempFile("fitledger-qr-", ".y4m"));
    String description = "Loose bolt on the left handle " + run;
    byte[] photo = Pictures.photoWithGps(7);
    assertThat(Pictures.hasExif(photo)).isTrue();

    String[] patrol = new String[1];
    try (FieldBrowser browser = FieldBrowser.start(camera)) {
      browser.run(
          "InspectorDayIT",
          () -> {
            BrowserContext phone = browser.phone(stack.patrolAppUrl(), "en-US", 31.2001, 121.6);
            Page page = phone.newPage();
            page.navigate("/");
            Screens.check(page, "sign-in");
            FieldApp.enrolPhone(page, "inspector4");

            Locator due = page.locator("#due li .card-title");
            page.locator("#due li", new Page.LocatorOptions().setHasText(far)).waitFor();
            List<String> order = due.allTextContents();
            assertThat(indexOf(order, near))
                .as("nearest first: %s", order)
                .isLessThan(indexOf(order, far));
            Screens.check(page, "inspector-home");

            page.locator("#scan-button").click();
            page.waitForURL(
                "**/#/equipment/" + near, new Page.WaitForURLOptions().setTimeout(20_000));
            page.locator("#inspect-button").waitFor();
            Screens.check(page, "equipment");

            page.locator("#inspect-button").click();
            page.locator("#check-fasteners-FAIL").check();
            assertThat(page.locator("#condition-DEFECT").isChecked())
                .as("a failed item is a defect")
                .isTrue();
            page.locator("#severity").selectOption("MAJOR");
            page.locator("#category").selectOption("MECHANICAL");
            page.locator("#description").fill(description);
            page.locator("#photos")
                .setInputFiles(new FilePayload("handle.jpg", "image/jpeg", photo));
            page.locator(".photos img").waitFor();
            page.locator("#gps-status", new Page.LocatorOptions().setHasText("±8 m")).waitFor();
            Screens.check(page, "inspection");

            page.locator("#save-inspection").click();
            page.waitForURL("**/#/queue**");
            Locator item = page.locator("li.queue-item").first();
            String patrolId = item.getAttribute("data-id");
            patrol[0] = patrolId;
            FieldApp.awaitQueueItem(page, patrolId, "synced");
            Screens.check(page, "queue");

            page.locator("li.queue-item[data-id='" + patrolId + "'] a").click();
            page.locator("#ticket-state", new Page.LocatorOptions().setHasText("Open"))
                .waitFor(new Locator.WaitForOptions().setTimeout(LEDGER_WAIT_MS));
            Screens.check(page, "ticket");
          });
    }
    String patrolId = patrol[0];

    JsonObject inspection =
        supervisor.readPatrol(patrolId).getJsonArray("inspections").getJsonObject(0);
    assertThat(inspection.getString("equipmentId")).isEqualTo(near);
    assertThat(inspection.getString("condition")).isEqualTo("DEFECT");
    assertThat(inspection.getJsonObject("checklist").getString("fasteners")).isEqualTo("FAIL");
    assertThat(inspection.getJsonObject("gps").getDouble("accuracyMeters")).isEqualTo(8.0);
    JsonArray hashes = inspection.getJsonArray("photoHashes");
    assertThat(hashes).hasSize(1);
    byte[] stored =
        FieldApp.evidence(
            stack.patrolAppUrl(),
            stack.gatewayUrl(),
            "inspector4",
            stack.password("inspector4"),
            hashes.getString(0));
    assertThat(FieldApp.sha256(stored))
        .as("the ledger's hash is the stored photo's")
        .isEqualTo(hashes.getString(0));
    assertThat(Pictures.hasExif(stored)).as("no EXIF (GPS) in the stored photo").isFalse();
    assertThat(stored).isNotEqualTo(photo);

    JsonObject ticket = supervisor.readTicket(patrolId + "-0");
    assertThat(ticket.getString("equipmentId")).isEqualTo(near);
    assertThat(ticket.getString("state")).isEqualTo("OPEN");
    assertThat(ticket.getString("company")).isEqualTo("GREENFIX");
    assertThat(ticket.getString("description")).isEqualTo(description);
  }

  private static int indexOf(List<String> titles, String id) {
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).startsWith(id + " ")) {
        return i;
      }
    }
    throw new AssertionError(id + " is not listed: " + titles);
  }
}
