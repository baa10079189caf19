package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

  /**
   * Enrols the phone for the person with a fresh one-time code from the registrar: the person signs
   * on this phone from then on, and no earlier phone or key of theirs signs any more.
   */
  static void enrolPhone(Page page, String username) throws Exception {
    enrol(page, username, enrolmentCode(username));
  }

  /** A one-time code from the registrar, as {@code ./fitledger enrol-code PERSON} prints it. */
  static String enrolmentCode(String person) throws Exception {
    Path fitledger = Path.of(System.getenv("FITLEDGER_HOME"), "fitledger");
    Process process =
        new ProcessBuilder(fitledger.toString(), "enrol-code", person)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("enrol-code finished").isTrue();
    assertThat(process.exitValue()).as("enrol-code: %s", out).isZero();
    assertThat(out.trim()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
    return out.trim();
  }

  /**
   * Enrols the phone on the sign-in screen with a one-time code and waits for the person's home
   * screen.
   */
  static void enrol(Page page, String username, String code) {
    page.locator("#enrol-username").fill(username);
    page.locator("#enrol-code").fill(code);
    page.locator("#enrol-submit").click();
    page.locator("#finder-title").waitFor(new Locator.WaitForOptions().setTimeout(LEDGER_WAIT_MS));
  }

  /**
   * Registers {@code count} pull-up bars at one spot in a fresh street of SH/PD (inspector1's
   * district) and returns their ids.
   */
  static List<String> registerPieces(
      GatewayRestClient supervisor, String label, int count, double latitude, double longitude)
      throws Exception {
    return registerPieces(supervisor, "SH/PD", label, count, latitude, longitude);
  }

  /** Registers {@code count} pull-up bars at one spot in a fresh street of a district. */
  static List<String> registerPieces(
      GatewayRestClient supervisor,
      String district,
      String label,
      int count,
      double latitude,
      double longitude)
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pieces.add("EQ-" + run + "-" + label + i);
      supervisor.registerEquipment(
          pieces.get(i),
          label + " park " + i,
          district + "/" + label + run + "/C01",
          latitude,
          longitude);
    }
    return pieces;
  }

  /**
   * Records an OK inspection of the piece on its inspection screen, with the notes and a photo (or
   * none), saves it and waits for the queue screen.
   */
  static void recordInspection(Page page, String piece, String notes, byte[] photo) {
    page.evaluate("id => { location.hash = '#/inspect/' + id; }", piece);
    page.locator("#view h1").getByText("Inspect " + piece).waitFor();
    page.locator("#notes").fill(notes);
    if (photo != null) {
      page.locator("#photos").setInputFiles(new FilePayload("photo.jpg", "image/jpeg", photo));
      page.locator(".photos img").waitFor();
    }
    page.locator("#gps-status").getByText("±8 m").waitFor();
    page.locator("#save-inspection").click();
    page.waitForURL("**/#/queue**");
  }

  /**
   * Records a MAJOR mechanical defect of the piece on its inspection screen and waits until it is
   * on the ledger; answers the ticket it opened.
   */
  static String reportDefect(Page page, String piece, String description) {
    page.evaluate("id => { location.hash = '#/inspect/' + id; }", piece);
    page.locator("#view h1").getByText("Inspect " + piece).waitFor();
    page.locator("#check-fasteners-FAIL").check();
    page.locator("#severity").selectOption("MAJOR");
    page.locator("#category").selectOption("MECHANICAL");
    page.locator("#description").fill(description);
    page.locator("#gps-status").getByText("±8 m").waitFor();
    page.locator("#save-inspection").click();
    page.waitForURL("**/#/queue**");
    String patrolId = page.locator("li.queue-item").first().getAttribute("data-id");
    awaitQueueItem(page, patrolId, "synced");
    return patrolId + "-0";
  }

  /** Confirms a repair on the ticket screen with a note and one photo. */
  static void repair(Page contractor, String note, int photoSeed) throws Exception {
    contractor.locator("#repair-note").fill(note);
    contractor
        .locator("#repair-photos")
        .setInputFiles(
            new FilePayload("repair.jpg", "image/jpeg", Pictures.photoWithGps(photoSeed)));
    contractor.locator("p[role=status]").getByText("Photos ready: 1").waitFor();
    contractor.locator("#step-repair").click();
    awaitTicketState(contractor, "Repaired");
  }

  /** Waits until the ticket screen shows the state. */
  static void awaitTicketState(Page page, String state) {
    page.locator("#ticket-state", new Page.LocatorOptions().setHasText(state))
        .waitFor(new Locator.WaitForOptions().setTimeout(LEDGER_WAIT_MS));
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
