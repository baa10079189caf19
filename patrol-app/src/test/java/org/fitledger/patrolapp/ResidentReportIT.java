package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.patrolapp.FieldApp.LEDGER_WAIT_MS;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A resident's report in real Chromium against the running stack, without sign-in: from the
 * machine's QR tag link, in Chinese, with a photo and a phone number; an inspector triages it into
 * a ticket, the contractor repairs it and the inspector accepts the repair; the resident's tracking
 * view follows it to closed. And a report made offline waits on the phone and is filed once the
 * phone is online again.
 */
class ResidentReportIT {
  private static final double LAT = 31.27;
  private static final double LON = 121.52;

  private final StackSettings stack = StackSettings.fromEnvironment();

  private GatewayRestClient as(String person) {
    return new GatewayRestClient(stack.gatewayUrl(), person, stack.password(person));
  }

  /** A machine of its own, in a street of its own in SH/XH that GREENFIX maintains. */
  private String machine(String tag) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    String street = "SH/XH/" + tag + run;
    GatewayRestClient supervisor = as("supervisor1");
    supervisor.registerContract("C-" + tag + "-" + run, "GREENFIX", street);
    String equipment = "EQ-" + run + "-" + tag;
    supervisor.registerEquipment(equipment, "Riverside Park", street + "/C01", LAT, LON);
    return equipment;
  }

  private static void awaitStatus(Page page, String text) {
    page.locator("#track-status", new Page.LocatorOptions().setHasText(text))
        .waitFor(new Locator.WaitForOptions().setTimeout(LEDGER_WAIT_MS));
  }

  @Test
  void a_resident_reports_from_the_qr_tag_and_follows_the_repair_to_closed() throws Exception {
    String equipment = machine("RR");
    String phoneNumber = "1371234" + (1000 + (int) (Math.random() * 8999));
    String reportId;
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      Page phone = browser.phone(stack.patrolAppUrl(), "zh-CN", LAT, LON).newPage();
      // The QR tag holds the app's link to the machine; a phone not signed in opens its report.
      phone.navigate("/#/equipment/" + equipment);
      phone.locator("#report-form").waitFor();
      assertThat(phone.locator("#report-machine").textContent()).contains(equipment);
      Screens.check(phone, "resident-report");
      phone.locator("#report-category-MECHANICAL").check();
      phone.locator("#report-danger").check();
      phone.locator("#report-description").fill("踏板松动，转起来有响声");
      phone
          .locator("#report-photo")
          .setInputFiles(new FilePayload("pedal.jpg", "image/jpeg", Pictures.photoWithGps(31)));
      phone.locator("#report-photo-status").getByText("照片已添加").waitFor();
      phone.locator("#report-contact").fill(phoneNumber);
      phone.locator("#report-send").click();
      phone.waitForURL("**/#/track/**", new Page.WaitForURLOptions().setTimeout(LEDGER_WAIT_MS));
      reportId = phone.locator("#track-id").textContent().strip();
      awaitStatus(phone, "处理中");
      assertThat(phone.locator("#track-notes").textContent()).contains("待巡检员核实");
      Screens.check(phone, "resident-track");

      JsonObject report = as("inspector4").read("/api/v1/reports/" + reportId);
      assertThat(report.getString("equipmentId")).isEqualTo(equipment);
      assertThat(report.getString("category")).isEqualTo("MECHANICAL");
      assertThat(report.getBoolean("urgent")).isTrue();
      assertThat(report.encode()).doesNotContain(phoneNumber);
      String photo = report.getJsonArray("photos").getString(0);
      byte[] stored =
          FieldApp.evidence(
              stack.patrolAppUrl(),
              stack.gatewayUrl(),
              "inspector4",
              stack.password("inspector4"),
              photo);
      assertThat(FieldApp.sha256(stored)).isEqualTo(photo);
      assertThat(Pictures.hasExif(stored)).isFalse();
      assertThat(
              as("supervisor1")
                  .read("/api/v1/reports/" + reportId + "/contact")
                  .getString("contact"))
          .isEqualTo(phoneNumber);

      // The inspector checks it on their phone and confirms it: a ticket opens.
      Page inspectorPhone = browser.phone(stack.patrolAppUrl(), "en-US", LAT, LON).newPage();
      inspectorPhone.navigate("/");
      FieldApp.enrolPhone(inspectorPhone, "inspector4");
      Locator card =
          inspectorPhone.locator(
              "#home-reports a.card", new Page.LocatorOptions().setHasText(equipment));
      card.waitFor();
      card.click();
      inspectorPhone.locator("#triage-confirm").waitFor();
      assertThat(inspectorPhone.locator("#triage-description").textContent()).contains("踏板松动");
      inspectorPhone.locator("img.evidence[src^='blob:']").waitFor();
      Screens.check(inspectorPhone, "inspector-triage");
      inspectorPhone.locator("#triage-severity").selectOption("MAJOR");
      inspectorPhone.locator("#triage-confirm").click();
      inspectorPhone
          .locator("#toast")
          .getByText("Confirmed: a ticket is open.")
          .waitFor(new Locator.WaitForOptions().setTimeout(LEDGER_WAIT_MS));
      GatewayRestClient inspector = as("inspector4");
      JsonObject triage = inspector.read("/api/v1/reports/" + reportId).getJsonObject("triage");
      assertThat(triage.getString("decision")).isEqualTo("CONFIRM");
      assertThat(triage.getString("by")).isEqualTo("inspector4");
      assertThat(inspector.readTicket(reportId).getString("severity")).isEqualTo("MAJOR");
      phone.reload();
      awaitStatus(phone, "处理中");
      assertThat(phone.locator("#track-notes").textContent()).contains(reportId);
      assertThat(phone.locator("#track-expected").isVisible()).isTrue();
      // The contractor repairs it and the inspector accepts it, each on their own phone.
      Page contractor = browser.phone(stack.patrolAppUrl(), "en-US", LAT, LON).newPage();
      contractor.navigate("/");
      FieldApp.enrolPhone(contractor, "contractor2");
      contractor.evaluate("id => { location.hash = '#/ticket/' + id; }", reportId);
      contractor.locator("#acknowledgement-note").fill("ok");
      contractor.locator("#step-acknowledgement").click();
      FieldApp.awaitTicketState(contractor, "Acknowledged");
      FieldApp.repair(contractor, "pedal bearing replaced", 32);
      inspectorPhone.evaluate("id => { location.hash = '#/ticket/' + id; }", reportId);
      inspectorPhone.locator("#verify-accept").click();
      FieldApp.awaitTicketState(inspectorPhone, "Closed");

      phone.reload();
      awaitStatus(phone, "已办结");
      Screens.check(phone, "resident-track-closed");
    }
    assertThat(as("supervisor1").readTicket(reportId).getString("state")).isEqualTo("CLOSED");
  }

  @Test
  void a_resident_picks_the_machine_from_those_near_them() throws Exception {
    double latitude = 31.291;
    double longitude = 121.583;
    String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    String street = "SH/PD/RH" + run;
    GatewayRestClient supervisor = as("supervisor1");
    supervisor.registerContract("C-RH-" + run, "GREENFIX", street);
    String equipment = "EQ-" + run + "-RH";
    supervisor.registerEquipment(equipment, "Hillside Park", street + "/C01", latitude, longitude);
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      // The phone stands 5 m from the machine.
      Page phone =
          browser.phone(stack.patrolAppUrl(), "en-US", latitude + 0.000045, longitude).newPage();
      phone.navigate("/#/report");
      phone.locator("#report-here").click();
      Locator nearest = phone.locator("#report-nearby a.card").first();
      nearest.waitFor();
      assertThat(nearest.textContent()).contains(equipment, "5 m", "Hillside Park");
      nearest.click();
      phone.locator("#report-machine").getByText(equipment).waitFor();
      phone.locator("#report-category-SIGNAGE").check();
      phone.locator("#report-send").click();
      phone.waitForURL("**/#/track/**", new Page.WaitForURLOptions().setTimeout(LEDGER_WAIT_MS));
      String id = phone.locator("#track-id").textContent().strip();
      JsonObject report = as("inspector1").read("/api/v1/reports/" + id);
      assertThat(report.getString("equipmentId")).isEqualTo(equipment);
      assertThat(report.getString("category")).isEqualTo("SIGNAGE");
    }
  }

  @Test
  void a_report_made_offline_waits_on_the_phone_and_is_filed_once_online() throws Exception {
    String equipment = machine("RO");
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      BrowserContext context = browser.phone(stack.patrolAppUrl(), "en-US", LAT, LON);
      Page phone = context.newPage();
      phone.navigate("/#/report");
      phone.locator("#report-machine-form").waitFor();
      phone.locator("#report-machine-id").fill(equipment);
      phone.locator("#report-machine-go").click();
      phone.locator("#report-form").waitFor();
      context.setOffline(true);
      phone.locator("#report-category-SURFACE").check();
      phone.locator("#report-send").click();
      phone.waitForURL("**/#/my-reports");
      phone.locator("#my-reports-waiting").getByText("1 report(s) wait").waitFor();

      context.setOffline(false);
      phone
          .locator("#toast")
          .getByText("1 saved report(s) sent.")
          .waitFor(new Locator.WaitForOptions().setTimeout(LEDGER_WAIT_MS));
      phone.reload();
      Locator card = phone.locator("ul.cards a.card").first();
      card.waitFor();
      assertThat(phone.locator("#my-reports-waiting").count()).isZero();
      card.click();
      awaitStatus(phone, "Open");
      String id = phone.locator("#track-id").textContent().strip();
      JsonObject report = as("inspector4").read("/api/v1/reports/" + id);
      assertThat(report.getString("equipmentId")).isEqualTo(equipment);
      assertThat(report.getString("category")).isEqualTo("SURFACE");
    }
  }
}
