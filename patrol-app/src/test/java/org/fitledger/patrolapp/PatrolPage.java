package org.fitledger.patrolapp;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The patrol page as an inspector uses it, through the element ids of the spec. */
final class PatrolPage {

  // A write returns after endorsement, ordering, commit and indexing.
  private static final Duration WRITE_WAIT = Duration.ofSeconds(60);
  private static final Duration READ_WAIT = Duration.ofSeconds(20);

  private final WebDriver driver;

  private PatrolPage(WebDriver driver) {
    this.driver = driver;
  }

  static PatrolPage open(WebDriver driver, URI patrolAppUrl) {
    driver.get(patrolAppUrl + "/");
    return new PatrolPage(driver);
  }

  /** Signs in and waits until the page names who is signed in. */
  String signIn(String username, String password) {
    type("username", username);
    type("password", password);
    byId("sign-in").click();
    return awaitText("signed-in-as", READ_WAIT);
  }

  void submitPatrol(String equipmentId, String condition, String note) {
    type("equipment-id", equipmentId);
    driver.findElement(By.cssSelector("input[name=condition][value=" + condition + "]")).click();
    if (condition.equals("DEFECT")) {
      type("defect-description", note);
    }
    type("note", note);
    byId("submit").click();
  }

  /** Waits for the transaction id of the recorded patrol; fails at once if #error shows. */
  String awaitTransactionId() {
    return awaitText("result-tx", WRITE_WAIT);
  }

  String text(String id) {
    return byId(id).getText();
  }

  private String awaitText(String id, Duration timeout) {
    return new WebDriverWait(driver, timeout)
        .withMessage("#" + id + " to show")
        .until(
            d -> {
              WebElement error = byId("error");
              if (error.isDisplayed()) {
                throw new IllegalStateException("the page shows an error: " + error.getText());
              }
              WebElement element = byId(id);
              return element.isDisplayed() && !element.getText().isBlank()
                  ? element.getText()
                  : null;
            });
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
