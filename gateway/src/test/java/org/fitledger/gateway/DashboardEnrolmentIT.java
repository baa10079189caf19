package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supervisor enrols the dashboard in real headless Chromium with a one-time code from the
 * registrar ({@code ./fitledger enrol-code}): the key is made in the browser and cannot be read out
 * of it, the Authority's CA certifies that very key, and the supervisor signs in with it from then
 * on, no password. supervisor3 enrols: no other test signs as them, since from then on the gateway
 * proposes their writes under the browser's certificate.
 */
class DashboardEnrolmentIT {
  private static final String SUPERVISOR = "supervisor3";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private HeadlessChromium chromium;

  @BeforeEach
  void openBrowser() throws Exception {
    chromium = HeadlessChromium.start(1180, 820);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    chromium.close();
  }

  @Test
  void a_supervisor_enrols_the_dashboard_and_signs_in_with_its_key_alone() throws Exception {
    try {
      enrolAndSignInWithTheKey();
    } catch (Exception | AssertionError failure) {
      chromium.screenshot(SCREENSHOTS.resolve("DashboardEnrolmentIT-failure.png"));
      throw failure;
    }
  }

  private void enrolAndSignInWithTheKey() throws Exception {
    WebDriver driver = chromium.driver();
    URI base = URI.create(System.getenv("FITLEDGER_GATEWAY_URL").replaceAll("/+$", "") + "/");
    driver.get(base.resolve("dashboard/").toString());
    assertThat(driver.findElement(By.id("key-sign-in")).isDisplayed())
        .as("a fresh browser offers no key to sign in with")
        .isFalse();

    enrol(driver, "AAAA-BBBB-CCCC-DDDD");
    wait(driver, "the refusal of a wrong code")
        .until(d -> !d.findElement(By.id("enrol-error")).getText().isBlank());
    assertThat(driver.findElement(By.id("dashboard")).isDisplayed()).isFalse();

    enrol(driver, code());
    assertThat(signedInAs(driver)).contains(SUPERVISOR);

    Map<String, Object> key = storedKey(driver);
    assertThat(key.get("extractable")).as("the private key can be read out").isEqualTo(false);
    assertThat((String) key.get("exported")).startsWith("refused");
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(
                        ((String) key.get("certificate")).getBytes(StandardCharsets.US_ASCII)));
    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=" + SUPERVISOR);
    assertThat(Base64.getEncoder().encodeToString(certificate.getPublicKey().getEncoded()))
        .as("the CA certified the key made in the browser")
        .isEqualTo(key.get("publicKey"));

    driver.findElement(By.id("sign-out")).click();
    wait(driver, "the key's sign-in button")
        .until(d -> d.findElement(By.id("key-sign-in")).isDisplayed());
    driver
        .findElement(By.cssSelector("#key-people button[data-username='" + SUPERVISOR + "']"))
        .click();
    assertThat(signedInAs(driver)).contains(SUPERVISOR);

    // The gateway signs nothing for a supervisor: a write sent for it to sign is refused.
    HttpResponse<String> unsigned = gateway.postUnsigned(SUPERVISOR, "api/v1/ledger/ping", "");
    assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(428);
  }

  private static void enrol(WebDriver driver, String code) {
    driver.findElement(By.id("enrol-username")).clear();
    driver.findElement(By.id("enrol-username")).sendKeys(SUPERVISOR);
    driver.findElement(By.id("enrol-code")).clear();
    driver.findElement(By.id("enrol-code")).sendKeys(code);
    driver.findElement(By.id("enrol")).click();
  }

  private static String code() throws Exception {
    List<String> lines = Launcher.run("enrol-code", SUPERVISOR).strip().lines().toList();
    String code = lines.get(lines.size() - 1);
    assertThat(code).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
    return code;
  }

  private static String signedInAs(WebDriver driver) {
    return wait(driver, "#signed-in-as to show")
        .until(
            d -> {
              String error = d.findElement(By.id("enrol-error")).getText();
              String signInError = d.findElement(By.id("sign-in-error")).getText();
              if (!error.isBlank() || !signInError.isBlank()) {
                throw new IllegalStateException("refused: " + error + signInError);
              }
              String who = d.findElement(By.id("signed-in-as")).getText();
              return who.isBlank() ? null : who;
            });
  }

  /** The browser's stored key: whether it is extractable, and what an export of it answers. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> storedKey(WebDriver driver) {
    return (Map<String, Object>)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const [name, done] = arguments;"
                    + "const open = indexedDB.open('fitledger-dashboard');"
                    + "open.onsuccess = () => {"
                    + "  const get = open.result.transaction('keys').objectStore('keys').get(name);"
                    + "  get.onsuccess = async () => {"
                    + "    const key = get.result;"
                    + "    let exported;"
                    + "    try { await crypto.subtle.exportKey('pkcs8', key.privateKey);"
                    + "      exported = 'exported'; } catch (e) { exported = 'refused: ' + e.name; }"
                    + "    done({ extractable: key.privateKey.extractable, exported,"
                    + "      certificate: key.certificate, publicKey: key.publicKey });"
                    + "  };"
                    + "};",
                SUPERVISOR);
  }

  private static WebDriverWait wait(WebDriver driver, String what) {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.withMessage(what);
    return wait;
  }
}
