package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The field app's figures, in one run against a running stack (network/bench/field-app.sh starts
 * one): the shell's bytes after gzip, first and repeat load on loopback, and the time 200
 * inspections with a photo each, queued offline, take to reach the ledger once back online. The
 * same 200 patrols sent straight to the API by 6 concurrent clients, with their photos, are the
 * reference the sync is compared with. Not an IT: it runs only when named, e.g. {@code mvn -Pit -pl
 * patrol-app verify -Dit.test=FieldAppBenchmark}, and writes its report to {@code
 * FITLEDGER_BENCH_OUT} (default target/field-app-bench.txt).
 */
class FieldAppBenchmark {

  private static final int LOADS = Integer.parseInt(env("FITLEDGER_BENCH_LOADS", "15"));
  private static final int QUEUED = Integer.parseInt(env("FITLEDGER_BENCH_QUEUED", "200"));
  private static final int PIECES = 10;

  private final StackSettings stack = StackSettings.fromEnvironment();
  private final StringBuilder report = new StringBuilder();

  @Test
  void field_app_figures() throws Exception {
    line(
        "FitLedger field app benchmark, %s, %d cores, app %s",
        Instant.now(), Runtime.getRuntime().availableProcessors(), stack.patrolAppUrl());
    shellBytes();
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      loads(browser);
      sync(browser);
    }
    Path out = Path.of(env("FITLEDGER_BENCH_OUT", "target/field-app-bench.txt"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.print(report);
  }

  private void shellBytes() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String worker = get(http, "/sw.js");
    Matcher list = Pattern.compile("const SHELL = (\\[[^\\]]*\\]);").matcher(worker);
    assertThat(list.find()).isTrue();
    long js = 0;
    long css = 0;
    long other = 0;
    long startJs = 0;
    line("%nshell files (bytes, gzip -9):");
    for (Object name : new JsonArray(list.group(1))) {
      if (name.equals("./")) {
        continue;
      }
      String file = (String) name;
      byte[] body = getBytes(http, "/" + file);
      long gz = gzip(body);
      line("  %-32s %8d %8d", file, body.length, gz);
      if (file.endsWith(".js")) {
        js += gz;
        if (!file.contains("jsQR")) {
          startJs += gz;
        }
      } else if (file.endsWith(".css")) {
        css += gz;
      } else {
        other += gz;
      }
    }
    line(
        "  JS %d B gzip (%d B needed at start; the QR reader loads on first scan), CSS %d B gzip, whole shell %d B gzip (target <= 200 KB)",
        js, startJs, css, js + css + other);
  }

  private void loads(FieldBrowser browser) {
    double[] first = new double[LOADS];
    for (int i = 0; i < LOADS; i++) {
      BrowserContext fresh = browser.phone(stack.patrolAppUrl(), "en-US", 31.2, 121.6);
      Page page = fresh.newPage();
      page.navigate("/");
      first[i] = readyAt(page);
      fresh.close();
    }
    BrowserContext phone = browser.phone(stack.patrolAppUrl(), "en-US", 31.2, 121.6);
    Page page = phone.newPage();
    page.navigate("/");
    page.waitForFunction("() => navigator.serviceWorker.controller !== null");
    double[] repeat = new double[LOADS];
    for (int i = 0; i < LOADS; i++) {
      page.reload();
      repeat[i] = readyAt(page);
    }
    phone.close();
    line(
        "%npage load on loopback, navigation start -> sign-in screen shown, %d loads each (ms):",
        LOADS);
    line(
        "  first load (empty cache)          p50 %7.1f  max %7.1f",
        pct(first, 50), pct(first, 100));
    line(
        "  repeat load (service worker)      p50 %7.1f  max %7.1f  (target <= 300)",
        pct(repeat, 50), pct(repeat, 100));
    line("  repeat / first (p50)              %7.2f", pct(repeat, 50) / pct(first, 50));
  }

  private static double readyAt(Page page) {
    Object at =
        page.evaluate(
            "() => new Promise(done => { const look = () => document.querySelector('#sign-in-form')"
                + " ? done(performance.now()) : requestAnimationFrame(look); look(); })");
    return ((Number) at).doubleValue();
  }

  private void sync(FieldBrowser browser) throws Exception {
    GatewayRestClient supervisor =
        new GatewayRestClient(stack.gatewayUrl(), "supervisor1", stack.password("supervisor1"));
    List<String> pieces = FieldApp.registerPieces(supervisor, "BE", PIECES, 31.3, 121.4);
    BrowserContext phone = browser.phone(stack.patrolAppUrl(), "en-US", 31.3001, 121.4);
    Page page = phone.newPage();
    page.navigate("/");
    FieldApp.enrolPhone(page, "inspector1");
    page.waitForFunction("() => navigator.serviceWorker.controller !== null");
    phone.setOffline(true);
    long recordStart = System.nanoTime();
    for (int i = 0; i < QUEUED; i++) {
      FieldApp.recordInspection(
          page, pieces.get(i % PIECES), "bench #" + i, Pictures.photoWithGps(1000 + i));
    }
    double recordSeconds = (System.nanoTime() - recordStart) / 1e9;
    page.waitForFunction(
        "n => document.querySelectorAll('li.queue-item[data-state=queued]').length === n", QUEUED);
    long syncStart = System.nanoTime();
    phone.setOffline(false);
    page.waitForFunction(
        "n => document.querySelectorAll('li.queue-item[data-state=synced]').length === n",
        QUEUED,
        new Page.WaitForFunctionOptions().setTimeout(600_000).setPollingInterval(100));
    double syncSeconds = (System.nanoTime() - syncStart) / 1e9;
    phone.close();
    long onLedger = 0;
    for (String piece : pieces) {
      onLedger +=
          supervisor.read("/api/v1/equipment/" + piece + "/inspections?size=1").getInteger("total");
    }
    assertThat(onLedger).as("one ledger record per queued inspection").isEqualTo(QUEUED);

    double direct = DirectPatrols.send(stack, pieces, QUEUED, 6);
    line(
        "%nsync of %d inspections queued offline, one 800x600 photo each (resized to JPEG on the phone):",
        QUEUED);
    line("  recording them offline in the browser   %7.1f s", recordSeconds);
    line(
        "  back online -> all on the ledger         %7.1f s  (%.1f inspections/s; target <= 60 s)",
        syncSeconds, QUEUED / syncSeconds);
    line(
        "  ledger records of these inspections      %7d    (duplicates: %d)",
        onLedger, onLedger - QUEUED);
    line("  reference: the same %d patrols + photos sent by 6 API clients %7.1f s", QUEUED, direct);
    line("  browser sync / direct API                %7.2f", syncSeconds / direct);
  }

  private String get(HttpClient http, String path) throws Exception {
    return new String(getBytes(http, path), StandardCharsets.UTF_8);
  }

  private byte[] getBytes(HttpClient http, String path) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.patrolAppUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static long gzip(byte[] bytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gz.write(bytes);
    }
    return out.size();
  }

  private static double pct(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
