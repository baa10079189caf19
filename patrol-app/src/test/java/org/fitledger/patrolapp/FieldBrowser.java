package org.fitledger.patrolapp;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Geolocation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, as phones for the field app's browser tests. Nothing is
 * downloaded: the browser is the machine's ({@code FITLEDGER_CHROMIUM}, else {@code chromium} on
 * the PATH). With a fake camera file, every phone's camera shows that video.
 *
 * <pre>{@code
 * try (FieldBrowser browser = FieldBrowser.start(null)) {
 *   BrowserContext phone = browser.phone(appUrl, "en-US", 31.2, 121.6);
 * }
 * }</pre>
 */
final class FieldBrowser implements AutoCloseable {

  private final Playwright playwright;
  private final Browser browser;

  private FieldBrowser(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts headless Chromium; {@code fakeCamera} is a Y4M file or null for no camera. */
  static FieldBrowser start(Path fakeCamera) {
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync"));
    if (fakeCamera != null) {
      args.add("--use-fake-ui-for-media-stream");
      args.add("--use-fake-device-for-media-stream");
      args.add("--use-file-for-fake-video-capture=" + fakeCamera.toAbsolutePath());
    }
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(chromium())
                      .setHeadless(true)
                      .setArgs(args));
      return new FieldBrowser(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /**
   * A fresh phone: its own storage and service workers, a phone-sized screen, the language, and a
   * GPS fix (±8 m) at the position.
   */
  BrowserContext phone(URI appUrl, String locale, double latitude, double longitude) {
    return browser.newContext(
        new Browser.NewContextOptions()
            .setBaseURL(appUrl.toString())
            .setLocale(locale)
            .setViewportSize(390, 844)
            .setDeviceScaleFactor(1)
            .setHasTouch(true)
            .setGeolocation(new Geolocation(latitude, longitude).setAccuracy(8))
            .setPermissions(List.of("geolocation", "camera")));
  }

  /**
   * Runs the test's steps; when one fails, every open page is first saved as {@code
   * <name>-failure-<n>.png} beside the screenshots.
   */
  void run(String name, Steps steps) throws Exception {
    try {
      steps.run();
    } catch (Exception | AssertionError failure) {
      int n = 0;
      for (BrowserContext context : browser.contexts()) {
        for (Page page : context.pages()) {
          Screens.shoot(page, name + "-failure-" + n++);
        }
      }
      throw failure;
    }
  }

  /** A test's steps in the browser. */
  interface Steps {
    void run() throws Exception;
  }

  private static Path chromium() {
    String configured = System.getenv("FITLEDGER_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, "chromium");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no chromium on the PATH; install Debian's chromium");
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
