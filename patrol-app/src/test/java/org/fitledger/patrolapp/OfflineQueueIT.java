package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Offline in real Chromium against the running stack: the app opens with no network from its
 * service worker, 20 inspections wait in the queue, and once the phone is back online each reaches
 * the ledger exactly once, even when the answers to some sends are lost on the way back.
 */
class OfflineQueueIT {

  private static final int PIECES = 4;
  private static final int INSPECTIONS = 20;
  private static final int LOST_ANSWERS = 3;

  private final StackSettings stack = StackSettings.fromEnvironment();

  @Test
  void twenty_inspections_recorded_offline_reach_the_ledger_once_each() throws Exception {
    GatewayRestClient supervisor =
        new GatewayRestClient(stack.gatewayUrl(), "supervisor1", stack.password("supervisor1"));
    List<String> pieces = FieldApp.registerPieces(supervisor, "SH/XH", "OF", PIECES, 31.3, 121.4);

    List<String> patrolIds;
    AtomicInteger lost = new AtomicInteger();
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      BrowserContext phone = browser.phone(stack.patrolAppUrl(), "en-US", 31.3001, 121.4);
      Page page = phone.newPage();
      page.navigate("/");
      FieldApp.enrolPhone(page, "inspector4");
      page.waitForFunction("() => navigator.serviceWorker.controller !== null");

      phone.setOffline(true);
      page.reload();
      page.locator("#net.offline").waitFor();
      page.locator("#finder-title").waitFor();
      Screens.check(page, "offline-home");
      page.evaluate("location.hash = '#/scan'");
      page.locator("#scan-status").getByText("The camera cannot be used").waitFor();
      Screens.check(page, "scan-without-camera");

      for (int i = 0; i < INSPECTIONS; i++) {
        // Every tenth inspection carries a photo, which waits in the queue with it.
        byte[] photo = i % 10 == 0 ? Pictures.photoWithGps(100 + i) : null;
        FieldApp.recordInspection(page, pieces.get(i % PIECES), "offline round #" + i, photo);
      }
      page.evaluate("location.hash = '#/inspect/" + pieces.get(0) + "'");
      page.locator("#gps-status").getByText("±8 m").waitFor();
      Screens.check(page, "offline-inspection");
      page.evaluate("location.hash = '#/queue'");
      Locator waiting = page.locator("li.queue-item[data-state=queued]");
      page.waitForFunction(
          "n => document.querySelectorAll('li.queue-item[data-state=queued]').length === n",
          INSPECTIONS);
      assertThat(waiting.count()).isEqualTo(INSPECTIONS);
      assertThat(page.locator("#queue-count").textContent()).isEqualTo(String.valueOf(INSPECTIONS));
      Screens.check(page, "offline-queue");
      patrolIds = new ArrayList<>();
      for (Locator item : waiting.all()) {
        patrolIds.add(item.getAttribute("data-id"));
      }

      // The first sends reach the gateway and are written, but their answers never come back:
      // the app must retry them under the same patrol id.
      phone.route(
          "**/api/v1/patrols",
          route -> {
            if (lost.getAndIncrement() < LOST_ANSWERS) {
              route.fetch();
              route.abort("connectionreset");
            } else {
              route.resume();
            }
          });
      phone.setOffline(false);
      page.waitForFunction(
          "n => document.querySelectorAll('li.queue-item[data-state=synced]').length === n",
          INSPECTIONS,
          new Page.WaitForFunctionOptions().setTimeout(180_000).setPollingInterval(500));
      Screens.check(page, "synced-queue");
      assertThat(page.locator("#queue-count").isHidden()).isTrue();
    }

    assertThat(lost.get())
        .as("answers were lost and the sends retried")
        .isGreaterThan(LOST_ANSWERS);
    assertThat(patrolIds).hasSize(INSPECTIONS).doesNotHaveDuplicates();
    for (String patrolId : patrolIds) {
      JsonObject patrol = supervisor.readPatrol(patrolId);
      assertThat(patrol.getJsonArray("inspections")).hasSize(1);
    }
    for (String piece : pieces) {
      JsonObject inspections =
          supervisor.read("/api/v1/equipment/" + piece + "/inspections?size=100");
      assertThat(inspections.getInteger("total"))
          .as("one ledger record per inspection of %s", piece)
          .isEqualTo(INSPECTIONS / PIECES);
    }
  }
}
