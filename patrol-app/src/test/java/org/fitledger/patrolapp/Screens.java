package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks each main screen of the field app: axe-core (from the frontend's npm dependencies) must
 * report no serious or critical accessibility violation, and a screenshot is kept in {@code
 * target/screenshots/} as the test's artifact.
 */
final class Screens {

  private static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static String axeSource;

  private Screens() {}

  /** Screenshots the page as {@code name}.png and asserts that axe finds nothing serious. */
  static void check(Page page, String name) {
    shoot(page, name);
    List<String> violations = seriousViolations(page);
    assertThat(violations).as("axe on %s", name).isEmpty();
  }

  /** Keeps a full-page screenshot. */
  static void shoot(Page page, String name) {
    try {
      Files.createDirectories(SHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /** "rule-id (impact): target, …" for each serious or critical violation on the page. */
  static List<String> seriousViolations(Page page) {
    // Evaluated through the DevTools protocol, so the page's content security policy, which
    // allows only its own scripts, is left as it is.
    if (page.evaluate("() => typeof window.axe").equals("undefined")) {
      page.evaluate(axe());
    }
    Object result =
        page.evaluate(
            "async () => JSON.stringify((await axe.run(document, {resultTypes: ['violations']}))"
                + ".violations)");
    return new JsonArray((String) result)
        .stream()
            .map(JsonObject.class::cast)
            .filter(v -> List.of("serious", "critical").contains(v.getString("impact")))
            .map(
                v ->
                    v.getString("id")
                        + " ("
                        + v.getString("impact")
                        + "): "
                        + v.getJsonArray("nodes").stream()
                            .map(n -> ((JsonObject) n).getJsonArray("target").encode())
                            .toList())
            .toList();
  }

  private static synchronized String axe() {
    if (axeSource == null) {
      try {
        axeSource = Files.readString(AXE);
      } catch (IOException e) {
        throw new UncheckedIOException("axe-core is missing; run mvn generate-resources", e);
      }
    }
    return axeSource;
  }
}
