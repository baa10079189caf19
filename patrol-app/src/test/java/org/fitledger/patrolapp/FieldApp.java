package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/** What the browser tests do on the field app's screens, by the ids the screens carry. */
final class FieldApp {

  /** Long enough for a patrol to reach the ledger on a loaded two-core machine. */
  static final double LEDGER_WAIT_MS = 60_000;

  private FieldApp() {}

  /** Signs in on the sign-in screen and waits for the person's home screen. */
  static void signIn(Page page, String username, String password) {
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    page.locator("#sign-in-form button[type=submit]").click();
    page.locator("#finder-title").waitFor();
  }

  /** Waits until the queue shows the record in the state (queued, synced, refused, …). */
  static Locator awaitQueueItem(Page page, String patrolId, String state) {
    Locator item =
        page.locator("li.queue-item[data-id='" + patrolId + "'][data-state='" + state + "']");
    item.waitFor(new Locator.WaitForOptions().setTimeout(LEDGER_WAIT_MS));
    return item;
  }

  /** Waits for an element to leave the page. */
  static void awaitGone(Page page, String selector) {
    page.locator(selector)
        .waitFor(
            new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED)
                .setTimeout(LEDGER_WAIT_MS));
  }

  /** The evidence store's copy of a photo, fetched as the person over plain HTTP. */
  static byte[] evidence(URI appUrl, URI gatewayUrl, String username, String password, String hash)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String token = token(http, gatewayUrl, username, password);
    HttpResponse<byte[]> photo =
        http.send(
            HttpRequest.newBuilder(URI.create(appUrl + "/evidence/" + hash))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(photo.statusCode()).as("evidence %s", hash).isEqualTo(200);
    return photo.body();
  }

  /** A bearer token of the person, from the gateway's sign-in. */
  static String token(HttpClient http, URI gatewayUrl, String username, String password)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> session =
        http.send(
            HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/session"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(session.statusCode()).as("session: %s", session.body()).isEqualTo(200);
    return new JsonObject(session.body()).getString("accessToken");
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
