package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new phone in real Chromium, enrolled with a one-time code from the registrar ({@code
 * ./fitledger enrol-code}): its key is made in the browser and cannot be read out, and the gateway
 * signs nothing for the person from then on.
 *
 * <p>Signed out, the phone signs the inspector in again with its key, without a password.
 *
 * <p>Offline, the inspector records four inspections, each signed as it is captured. Before the
 * phone is online again, the queue is meddled with in the phone's own storage: the second record is
 * dropped and the fourth's notes are changed. At sync, the first reaches the ledger under the
 * phone's certificate, linked into the inspector's chain; the third, whose predecessor never came,
 * is recorded as a broken link that supervisors see; the fourth is refused by the chaincode and
 * stays on the phone as refused.
 *
 * <p>Then a second phone enrols with a new code: the first phone's certificate is revoked, and what
 * it signs is refused by the peers.
 *
 * <p>inspector6 (SH/XH) is the person: no other test acts as them, since once a phone is enrolled
 * neither the gateway nor their key file can sign for them.
 */
class PhoneEnrolmentIT {
  private static final String INSPECTOR = "inspector6";

  private final StackSettings stack = StackSettings.fromEnvironment();

  @Test
  void a_phone_enrolled_with_a_code_signs_its_patrols_and_a_meddled_queue_is_seen()
      throws Exception {
    GatewayRestClient supervisor =
        new GatewayRestClient(stack.gatewayUrl(), "supervisor1", stack.password("supervisor1"));
    List<String> pieces = FieldApp.registerPieces(supervisor, "SH/XH", "EN", 4, 31.35, 121.45);

    try (FieldBrowser browser = FieldBrowser.start(null)) {
      browser.run(
          "phone-enrolment",
          () -> {
            BrowserContext phone = browser.phone(stack.patrolAppUrl(), "en-US", 31.3501, 121.45);
            Page page = phone.newPage();
            page.navigate("/");
            FieldApp.enrol(page, INSPECTOR, FieldApp.enrolmentCode(INSPECTOR));
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            JsonObject key = storedKey(page);
            assertThat(key.getBoolean("extractable"))
                .as("the private key can be exported")
                .isFalse();
            assertThat(key.getString("exported")).startsWith("refused");
            X509Certificate certificate = certificate(key.getString("certificate"));
            assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=" + INSPECTOR);
            assertThat(Base64.getEncoder().encodeToString(certificate.getPublicKey().getEncoded()))
                .as("the CA certified the key made in the browser")
                .isEqualTo(key.getString("publicKey"));

            // What saving will sign is shown in words before the person saves.
            page.evaluate("id => { location.hash = '#/inspect/' + id; }", pieces.get(0));
            page.locator("#notes").fill("what the phone signs");
            assertThat(page.locator("#signing-summary").textContent())
                .startsWith("You sign on this phone: " + pieces.get(0))
                .contains("“what the phone signs”");

            phone.setOffline(true);
            page.reload();
            page.locator("#net.offline").waitFor();
            for (int i = 0; i < 4; i++) {
              FieldApp.recordInspection(page, pieces.get(i), "enrolled round #" + i, null);
            }
            List<String> ids = queuedIds(page);
            assertThat(ids).hasSize(4);
            assertThat(page.locator("li.queue-item[data-state=queued]").count()).isEqualTo(4);
            assertThat(page.locator("li.queue-item [data-signed=capture]").count()).isEqualTo(4);

            PhoneStorage.dropQueued(page, ids.get(1));
            PhoneStorage.changeNotes(page, ids.get(3), "changed in the queue");
            page.reload();
            phone.setOffline(false);
            FieldApp.awaitQueueItem(page, ids.get(0), "synced");
            FieldApp.awaitQueueItem(page, ids.get(2), "synced");
            String refusal =
                FieldApp.awaitQueueItem(page, ids.get(3), "refused")
                    .locator(".reason")
                    .textContent();
            assertThat(refusal).contains("INVALID_INPUT").contains("changed after it was captured");
            assertThat(page.locator("li.queue-item[data-id='" + ids.get(1) + "']").count())
                .isZero();

            JsonObject first = supervisor.readPatrol(ids.get(0));
            assertThat(first.getString("inspector")).isEqualTo(INSPECTOR);
            assertThat(first.getJsonObject("capture").getString("chain")).isEqualTo("LINKED");
            assertThat(creatorsOf(supervisor, ids.get(0)))
                .as("the block holds the transaction signed under the phone's certificate")
                .contains(key.getString("certificate").trim());
            JsonObject third = supervisor.readPatrol(ids.get(2));
            assertThat(third.getJsonObject("capture").getString("chain")).isEqualTo("BROKEN");
            assertThat(third.getJsonObject("capture").getString("expectedPrevious"))
                .isEqualTo(first.getJsonObject("capture").getString("hash"));
            JsonArray breaks =
                supervisor
                    .read("/api/v1/audit/capture-breaks?district=SH/XH&size=100")
                    .getJsonArray("items");
            assertThat(breaks.stream().map(b -> ((JsonObject) b).getString("patrolId")))
                .contains(ids.get(2));
            assertThat(supervisor.status("/api/v1/patrols/" + ids.get(3))).isEqualTo(404);

            // Signed out, the phone signs its person in again with its key, without a password.
            page.locator("#sign-out").click();
            page.locator(".key-sign-in[data-person='" + INSPECTOR + "']").click();
            page.locator("#finder-title").waitFor();

            // A new phone: a new code revokes every certificate the inspector held.
            BrowserContext second = browser.phone(stack.patrolAppUrl(), "en-US", 31.3501, 121.45);
            Page next = second.newPage();
            next.navigate("/");
            next.locator("#enrol-form").waitFor();
            assertThat(next.locator(".key-sign-in").count())
                .as("a fresh phone holds no key")
                .isZero();
            FieldApp.enrol(next, INSPECTOR, FieldApp.enrolmentCode(INSPECTOR));
            FieldApp.recordInspection(next, pieces.get(0), "from the new phone", null);
            String fromNew = queuedIds(next).get(0);
            FieldApp.awaitQueueItem(next, fromNew, "synced");
            assertThat(supervisor.readPatrol(fromNew).getJsonObject("capture").getString("chain"))
                .as("a new phone goes on from the person's last capture")
                .isEqualTo("LINKED");

            // The old phone still signs, but under a revoked certificate: the gateway proposes
            // under the new one, which the old phone refuses to sign as someone else's.
            X509CRL crl = revocationList("patrol");
            assertThat(crl.isRevoked(certificate)).as("the first phone's certificate").isTrue();
            assertThat(crl.isRevoked(certificate(storedKey(next).getString("certificate"))))
                .isFalse();
            FieldApp.recordInspection(page, pieces.get(1), "from the old phone", null);
            List<String> after = queuedIds(page);
            String fromOld = after.get(after.size() - 1);
            String refused =
                FieldApp.awaitQueueItem(page, fromOld, "refused").locator(".reason").textContent();
            assertThat(refused).contains("DEVICE_REFUSED").contains("another creator");
            assertThat(supervisor.status("/api/v1/patrols/" + fromOld)).isEqualTo(404);
          });
    }
  }

  /** The key record of the enrolled person, as the phone keeps it, and whether it can be read. */
  private static JsonObject storedKey(Page page) {
    Object found =
        page.evaluate(
            "async name => {"
                + PhoneStorage.OPEN
                + " const key = await get(await open(), 'keys', name);"
                + " let exported = 'refused';"
                + " try { await crypto.subtle.exportKey('pkcs8', key.privateKey); exported = 'exported'; }"
                + " catch (e) { exported = 'refused: ' + e.name; }"
                + " return JSON.stringify({ extractable: key.privateKey.extractable, exported,"
                + "   certificate: key.certificate, publicKey: key.publicKey }); }",
            INSPECTOR);
    return new JsonObject((String) found);
  }

  private static List<String> queuedIds(Page page) {
    page.evaluate("location.hash = '#/queue'");
    page.locator("li.queue-item").first().waitFor();
    List<String> newestFirst = new ArrayList<>();
    for (Locator item : page.locator("li.queue-item").all()) {
      newestFirst.add(item.getAttribute("data-id"));
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** The CRL the org's CA made at the last revocation, which `enrol-code` put on the channel. */
  private static X509CRL revocationList(String org) throws Exception {
    Path crl =
        Path.of(
            System.getenv("FITLEDGER_RUN_DIR"), "ca", org, "registrar", "msp", "crls", "crl.pem");
    try (var in = Files.newInputStream(crl)) {
      return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
    }
  }

  private static X509Certificate certificate(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The block that holds a patrol's transaction, as text: identities in it are PEM. */
  private static String creatorsOf(GatewayRestClient supervisor, String patrolId) throws Exception {
    JsonObject receipt = supervisor.read("/api/v1/patrols/" + patrolId + "/receipt");
    return new String(
        Base64.getDecoder().decode(receipt.getString("block")), StandardCharsets.ISO_8859_1);
  }
}
