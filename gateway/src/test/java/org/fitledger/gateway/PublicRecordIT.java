package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone, without signing in, opens the public page in real headless Chromium, finds a ticket that
 * was closed, opens its story and verifies the receipt of each step in the page; the repair's
 * photo, hashed in the browser, matches the ledger. The same receipt file passes {@code ./fitledger
 * receipt verify}; tampered copies of it are refused, each for its reason, by the CLI and by the
 * page.
 */
class PublicRecordIT {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private HeadlessChromium chromium;
  private Path files;

  @BeforeEach
  void openBrowser() throws Exception {
    chromium = HeadlessChromium.start(1180, 900);
    files = Files.createTempDirectory("fitledger-receipts-");
  }

  @AfterEach
  void closeBrowser() throws Exception {
    chromium.close();
  }

  @Test
  void a_closed_tickets_receipts_verify_in_the_page_and_the_cli_and_tampered_ones_do_not()
      throws Exception {
    try {
      closedTicketVerifies();
    } catch (Exception | AssertionError failure) {
      chromium.screenshot(SCREENSHOTS.resolve("PublicRecordIT-failure.png"));
      throw failure;
    }
  }

  private void closedTicketVerifies() throws Exception {
    byte[] photo = new byte[2048];
    new SecureRandom().nextBytes(photo);
    String photoHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
    Path photoFile = Files.write(files.resolve("repair.jpg"), photo);
    Path otherPhoto = Files.write(files.resolve("other.jpg"), new byte[] {1, 2, 3});
    TicketFixtures greenfix = new TicketFixtures(gateway, "GREENFIX", "contractor1");
    String ticket = greenfix.acknowledged("MINOR");
    greenfix.step(
        "contractor1",
        ticket,
        "repair",
        "{\"note\":\"fixed\",\"photoHashes\":[\"" + photoHash + "\"]}");
    greenfix.step("inspector1", ticket, "verification", "{\"accepted\":true}");
    awaitIndexedClosed(ticket);

    WebDriver driver = chromium.driver();
    URI base = gateway.base();
    driver.get(base.resolve("public/").toString());
    waitFor(
        "the page to load",
        d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    assertThat(driver.findElements(By.id("username")))
        .as("no sign-in on the public page")
        .isEmpty();
    WebElement closed =
        waitFor(
            "the ticket among those closed lately",
            d ->
                d.findElements(By.cssSelector("#closed [data-ticket='" + ticket + "']")).stream()
                    .findFirst()
                    .orElse(null));
    closed.click();
    List<WebElement> steps =
        waitFor(
            "the ticket's story",
            d -> {
              List<WebElement> shown = d.findElements(By.cssSelector("#story .step"));
              return shown.size() == 4 ? shown : null;
            });
    assertThat(steps.stream().map(s -> s.getDomAttribute("data-action")))
        .containsExactly("OPEN", "ACKNOWLEDGE", "REPAIR", "ACCEPT");
    assertThat(driver.findElement(By.id("story")).getText())
        .as("people appear by role and organization only")
        .doesNotContain("contractor1", "inspector1", "supervisor1");

    for (WebElement step : steps) {
      step.findElement(By.cssSelector("button.verify")).click();
      WebElement result = step.findElement(By.cssSelector(".verification"));
      String valid =
          waitFor("the step's receipt to be checked", d -> result.getDomAttribute("data-valid"));
      assertThat(valid)
          .as(step.getDomAttribute("data-action") + ": " + result.getText())
          .isEqualTo("true");
    }
    WebElement repair = steps.get(2);
    repair.findElement(By.cssSelector("input.photo-file")).sendKeys(photoFile.toString());
    assertThat(photoMatch(repair)).isEqualTo("true");
    repair.findElement(By.cssSelector("input.photo-file")).sendKeys(otherPhoto.toString());
    String otherMatch =
        waitFor(
            "the other photo to be compared",
            d -> {
              String match =
                  repair.findElement(By.cssSelector(".photo-result")).getDomAttribute("data-match");
              return "false".equals(match) ? match : null;
            });
    assertThat(otherMatch).isEqualTo("false");
    chromium.screenshot(SCREENSHOTS.resolve("public-page.png"));

    String href =
        steps.get(3).findElement(By.cssSelector("a.receipt-link")).getDomAttribute("href");
    HttpResponse<String> download = gateway.getPublic(href.replaceFirst("^/", ""));
    assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("attachment");
    JsonNode receipt = LiveGateway.json(download);
    assertThat(receipt.get("record").get("id").asString()).isEqualTo(ticket);
    Path genuine = Files.writeString(files.resolve("genuine.json"), download.body());
    LedgerCli.Result cli =
        Launcher.exec(Duration.ofMinutes(2), List.of("receipt", "verify", genuine.toString()));
    assertThat(cli.exitCode()).as(cli.output()).isZero();

    Map<String, TamperedReceipts.Variant> tampered = TamperedReceipts.of(receipt);
    assertThat(tampered).hasSizeGreaterThanOrEqualTo(10);
    for (Map.Entry<String, TamperedReceipts.Variant> variant : tampered.entrySet()) {
      Path file =
          files.resolve("tampered-" + variant.getKey().replaceAll("[^a-z]+", "-") + ".json");
      JsonMapper.shared().writeValue(file.toFile(), variant.getValue().receipt());
      LedgerCli.Result refused =
          Launcher.exec(Duration.ofMinutes(1), List.of("receipt", "verify", file.toString()));
      assertThat(refused.exitCode()).as(variant.getKey() + ": " + refused.output()).isEqualTo(1);
      assertThat(refused.output()).as(variant.getKey()).contains(variant.getValue().reason());
      assertThat(verifyFileInPage(driver, file))
          .as(variant.getKey())
          .isEqualTo(variant.getValue().reason());
    }
    assertThat(verifyFileInPage(driver, genuine)).as("the genuine file in the page").isEmpty();
    assertThat(chromium.consoleProblems()).noneMatch(m -> m.contains("Content Security Policy"));
    System.out.printf(
        "ticket %s: 4 receipts verified in the page; the CLI and the page refused %d tampered receipts: %s%n",
        ticket, tampered.size(), tampered.keySet());
  }

  @Test
  void a_patrol_and_a_report_have_receipts_for_those_who_may_read_them() throws Exception {
    String machine = new TicketFixtures(gateway, "GREENFIX", "contractor1").equipment();
    String patrol = "it-receipt-" + UUID.randomUUID();
    HttpResponse<String> recorded =
        gateway.post("inspector1", "api/v1/patrols", LiveGateway.patrol(patrol, machine));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    String apiKey = Files.readString(Launcher.runDir().resolve("open311-demo.key")).strip();
    HttpResponse<String> filed =
        gateway.postForm(
            "open311/v2/requests.json",
            Map.of(
                "api_key",
                apiKey,
                "service_code",
                "fitness-structural",
                "address_id",
                machine,
                "description",
                "the bar wobbles"));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String report = LiveGateway.json(filed).get(0).get("service_request_id").asString();

    Map<String, String> receipts =
        Map.of(
            "patrol", "api/v1/patrols/" + patrol + "/receipt",
            "report", "api/v1/reports/" + report + "/receipt");
    for (Map.Entry<String, String> record : receipts.entrySet()) {
      HttpResponse<String> receipt = gateway.get("supervisor1", record.getValue());
      assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
      assertThat(LiveGateway.json(receipt).get("record").get("kind").asString())
          .isEqualTo(record.getKey());
      Path file = Files.writeString(files.resolve(record.getKey() + ".json"), receipt.body());
      LedgerCli.Result verified =
          Launcher.exec(Duration.ofMinutes(1), List.of("receipt", "verify", file.toString()));
      assertThat(verified.exitCode()).as(verified.output()).isZero();
      assertThat(gateway.getPublic(record.getValue()).statusCode())
          .as("without credentials")
          .isEqualTo(401);
      assertThat(gateway.get("contractor1", record.getValue()).statusCode())
          .as("a contractor may not read the " + record.getKey())
          .isEqualTo(404);
    }
    assertThat(gateway.getPublic("public/v1/receipts/" + "0".repeat(64)).statusCode())
        .as("a transaction that is no ticket step")
        .isEqualTo(404);
    assertThat(gateway.getPublic("public/v1/receipts/not-a-transaction").statusCode())
        .isEqualTo(400);
  }

  /**
   * Verifies a receipt file with the page's file picker; the reason it is refused, or "" if valid.
   */
  private String verifyFileInPage(WebDriver driver, Path file) {
    driver.navigate().refresh();
    waitFor(
        "the page to load",
        d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    driver.findElement(By.id("receipt-file")).sendKeys(file.toString());
    WebElement result = driver.findElement(By.id("file-result"));
    String valid = waitFor("the file to be checked", d -> result.getDomAttribute("data-valid"));
    return "true".equals(valid) ? "" : result.getDomAttribute("data-reason");
  }

  private String photoMatch(WebElement step) {
    return waitFor(
        "the photo to be compared",
        d -> step.findElement(By.cssSelector(".photo-result")).getDomAttribute("data-match"));
  }

  private void awaitIndexedClosed(String ticket) {
    waitFor(
        "ticket " + ticket + " to be CLOSED in the index",
        d -> {
          HttpResponse<String> read = gateway.getPublic("public/v1/tickets/" + ticket);
          return read.statusCode() == 200
                  && LiveGateway.json(read).get("state").asString().equals("CLOSED")
              ? true
              : null;
        });
  }

  private <T> T waitFor(String what, java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(chromium.driver(), WAIT).withMessage(what).until(condition::apply);
  }
}
