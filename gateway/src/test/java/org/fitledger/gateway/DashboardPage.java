package org.fitledger.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The supervisor dashboard as a supervisor uses it, through the page's element ids. */
final class DashboardPage {
  // Every panel reads the index; on a busy two-core machine that can take a while.
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final WebDriver driver;

  private DashboardPage(WebDriver driver) {
    this.driver = driver;
  }

  static DashboardPage open(WebDriver driver, URI gateway) {
    driver.get(gateway.resolve("dashboard/").toString());
    return new DashboardPage(driver);
  }

  /** Signs in and waits until the page names who is signed in. */
  String signIn(String username, String password) {
    type("username", username);
    type("password", password);
    byId("sign-in").click();
    return wait("#signed-in-as to show")
        .until(
            d -> {
              String error = byId("sign-in-error").getText();
              if (!error.isBlank()) {
                throw new IllegalStateException("sign-in refused: " + error);
              }
              WebElement who = byId("signed-in-as");
              return who.isDisplayed() && !who.getText().isBlank() ? who.getText() : null;
            });
  }

  /** Waits until every panel has loaded; answers the panels' status lines that show an error. */
  List<String> awaitFigures() {
    wait("every panel to load")
        .until(
            d ->
                "false".equals(byId("dashboard").getDomAttribute("aria-busy"))
                    && byId("dashboard").getDomAttribute("data-loaded-at") != null);
    return driver.findElements(By.cssSelector("#dashboard .status.error")).stream()
        .map(e -> e.getDomAttribute("id") + ": " + e.getText())
        .toList();
  }

  String district() {
    return new Select(byId("district")).getFirstSelectedOption().getDomAttribute("value");
  }

  String period() {
    return new Select(byId("period")).getFirstSelectedOption().getDomAttribute("value");
  }

  String overdueCount() {
    return byId("overdue-count").getText();
  }

  /** The rows of a table body, each as the texts of the cells with these data-field names. */
  List<List<String>> rows(String tableId, List<String> fields) {
    return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
        .map(
            row ->
                fields.stream()
                    .map(f -> row.findElement(By.cssSelector("[data-field='" + f + "']")).getText())
                    .toList())
        .toList();
  }

  /** How many equipment markers the map draws, in one state or (null) in all. */
  int markers(String state) {
    String css = "#map path.equipment-marker" + (state == null ? "" : ".state-" + state);
    return driver.findElements(By.cssSelector(css)).size();
  }

  String legendCount(String state) {
    return driver
        .findElement(By.cssSelector("#map-legend li[data-state='" + state + "'] a"))
        .getText();
  }

  WebElement element(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** Clicks a figure's link and waits for its records; answers the list's API path. */
  String openRecords(WebElement link) {
    String path = link.getDomAttribute("data-records");
    link.click();
    wait("the records of " + path)
        .until(
            d ->
                byId("records-panel").isDisplayed()
                    && "false".equals(byId("records-panel").getDomAttribute("aria-busy")));
    return path;
  }

  /** The records panel's total and its rows as {txId, blockNumber, signer}. */
  long recordsTotal() {
    return Long.parseLong(byId("records-summary").getDomAttribute("data-total"));
  }

  List<List<String>> recordRows() {
    return rows("records-table", List.of("txId", "blockNumber", "signer"));
  }

  String recordsError() {
    return byId("records-status").getText();
  }

  /** How many district outlines the map draws. */
  int outlinePaths() {
    return driver.findElements(By.cssSelector("#map path.district-outline")).size();
  }

  /**
   * A trend chart's table of figures, one row per month: its key (e.g. {@code 2026-11}) and then
   * the cell of each series named. The table is folded away, so its text is read from the DOM.
   */
  @SuppressWarnings("unchecked")
  List<List<String>> trendRows(String chartId, List<String> series) {
    return (List<List<String>>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const [id, series] = arguments;"
                    + "return [...document.querySelectorAll('#' + id + ' tbody tr')].map(tr =>"
                    + " [tr.dataset.key, ...series.map(s =>"
                    + " tr.querySelector('td[data-series=\"' + s + '\"]').textContent)]);",
                chartId,
                series);
  }

  /** The values (data-value) of the marks of one series of a trend chart, as drawn. */
  List<Double> trendMarks(String chartId, String series) {
    return driver
        .findElements(
            By.cssSelector("#" + chartId + " svg [data-series='" + series + "'][data-value]"))
        .stream()
        .map(e -> Double.valueOf(e.getDomAttribute("data-value")))
        .toList();
  }

  /** Presses the language button, waits until every panel has loaded again; answers the heading. */
  String switchLanguage() {
    byId("language").click();
    awaitFigures();
    return byId("page-heading").getText();
  }

  String heading() {
    return byId("page-heading").getText();
  }

  /** Every URL the page has loaded, its scripts, styles, images and API calls. */
  @SuppressWarnings("unchecked")
  List<String> loadedUrls() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [location.href, ...performance.getEntriesByType('resource')"
                    + ".map(e => e.name)];");
  }

  private WebDriverWait wait(String what) {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.withMessage(what);
    return wait;
  }

  private void type(String id, String text) {
    WebElement field = byId(id);
    field.clear();
    field.sendKeys(text);
  }

  private WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }
}
