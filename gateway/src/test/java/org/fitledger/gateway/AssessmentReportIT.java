package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment report on the live stack, over patrols and tickets written for it this month in a
 * street of its own ({@link AuditWorld}): its PDF renders to pages with poppler's {@code pdftoppm},
 * and its text ({@code pdftotext}) and links carry exactly the figures and drill-down links the
 * JSON audit API answers for the same period and district; the HTML carries the same; and only
 * supervisors get it, within their districts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentReportIT {
  private static final Pattern COVERAGE_AS_OF = Pattern.compile("Coverage as of (\\S+);");

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final AuditWorld world = new AuditWorld(gateway);
  private final HttpClient http = HttpClient.newHttpClient();
  private final String month = YearMonthNow.month();
  private String base;

  @TempDir Path dir;

  /** The current month, quarter and year (UTC), as the audit's periods name them. */
  private static final class YearMonthNow {
    static String month() {
      return ZonedDateTime.now(ZoneOffset.UTC).toString().substring(0, 7);
    }

    static String quarter() {
      ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
      return now.getYear() + "-Q" + ((now.getMonthValue() + 2) / 3);
    }

    static String year() {
      return Integer.toString(ZonedDateTime.now(ZoneOffset.UTC).getYear());
    }
  }

  @BeforeAll
  void write_patrols_and_tickets_of_two_companies_this_month() {
    String uri = gateway.base().toString();
    base = uri.substring(0, uri.length() - 1);
    gateway.freshContract("GREENFIX", world.siteA, AuditWorld.GREENFIX_SLA);
    gateway.freshContract("FIXRIGHT", world.siteB, AuditWorld.TINY_MINOR_SLA);
    AuditWorld.Piece e1 = world.register(world.siteA, 1, 7, 30, 365);
    AuditWorld.Piece e2 = world.register(world.siteB, 2, 7, 30, 365);
    world.register(world.siteB, 2, 7, 30, 365);
    world.patrol(
        "inspector1",
        List.of(
            new AuditWorld.Seen(e1, "ROUTINE", "OK", 10),
            new AuditWorld.Seen(e2, "ROUTINE", "OK", 1100)));
    world.patrol("inspector2", List.of(new AuditWorld.Seen(e1, "FUNCTIONAL", "OK", 5)));

    String repair = TicketFixtures.REPAIR;
    String t1 = world.open(world.register(world.siteA, 1, 7, 30, 365), "MAJOR");
    world.step("contractor1", t1, "acknowledgement", "{\"note\":\"seen\"}");
    world.step("contractor1", t1, "repair", repair);
    world.step("inspector1", t1, "verification", "{\"accepted\":false,\"reason\":\"loose\"}");
    world.step("contractor2", t1, "repair", repair);
    world.step("inspector1", t1, "verification", "{\"accepted\":true,\"reason\":\"\"}");
    String t2 = world.open(world.register(world.siteA, 1, 7, 30, 365), "CRITICAL");
    world.step("contractor1", t2, "acknowledgement", "{\"note\":\"seen\"}");
    world.step("contractor1", t2, "make-safe", "{\"note\":\"taped off\",\"photoHashes\":[]}");
    String t3 = world.open(world.register(world.siteB, 2, 7, 30, 365), "MINOR");
    world.open(world.register(world.siteB, 2, 7, 30, 365), "MINOR");
    AuditWorld.awaitClockPast(world.deadline(t3, "acknowledge").plusMillis(300));
    world.step("contractor3", t3, "acknowledgement", "{\"note\":\"late\"}");
    AuditWorld.awaitClockPast(world.deadline(t3, "repair").plusMillis(300));
    world.step("contractor3", t3, "repair", repair);
  }

  @Test
  void the_pdf_renders_and_holds_the_audit_apis_figures_and_links() throws Exception {
    HttpResponse<byte[]> answer =
        fetch("supervisor1", "format=pdf&period=" + month + "&district=" + world.district, null);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
    Path pdf = dir.resolve("report.pdf");
    Files.write(pdf, answer.body());

    List<Path> pages = render(pdf);
    assertThat(pages).isNotEmpty();
    for (Path page : pages) {
      assertThat(Files.readAllBytes(page)).startsWith(0x89, 'P', 'N', 'G');
    }

    String text = collapse(run("pdftotext", "-layout", pdf.toString(), "-"));
    List<String> expected = expectedRows(month, asOf(text));
    assertThat(expected).hasSizeGreaterThanOrEqualTo(7);
    assertThat(text).contains(expected);
    assertThat(uris(answer.body())).containsAll(expectedLinks(month, asOf(text)));
  }

  @Test
  void the_html_holds_the_same_figures_linked_to_the_same_records() throws Exception {
    HttpResponse<byte[]> answer =
        fetch(
            "supervisor1",
            "period=" + month + "&district=" + world.district,
            "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    String html = new String(answer.body(), StandardCharsets.UTF_8);

    String text = collapse(unescape(html.replace("</td>", " ").replaceAll("<[^>]*>", " ")));
    Instant asOf = asOf(text);
    assertThat(text).contains(expectedRows(month, asOf));
    for (String link : expectedLinks(month, asOf)) {
      assertThat(html).contains("href=\"" + link.replace("&", "&amp;") + "\"");
    }
    assertThat(html.split("src=\"data:image/png;base64,", -1).length - 1).isEqualTo(4);
  }

  @Test
  void a_quarter_and_a_year_hold_the_sla_figures_the_audit_answers_for_them() throws Exception {
    for (String period : List.of(YearMonthNow.quarter(), YearMonthNow.year())) {
      HttpResponse<byte[]> answer =
          fetch("supervisor1", "period=" + period + "&district=" + world.district, null);
      assertThat(answer.statusCode()).as(period).isEqualTo(200);
      Path pdf = dir.resolve("report-" + period + ".pdf");
      Files.write(pdf, answer.body());
      String text = collapse(run("pdftotext", "-layout", pdf.toString(), "-"));
      assertThat(text).contains("FitLedger assessment " + period + ", " + world.district);
      for (JsonNode row : audit("sla?period=" + period + "&district=" + world.district)) {
        assertThat(text).contains(slaRow(row, "company"));
      }
    }
  }

  @Test
  void only_supervisors_get_it_and_only_for_their_districts() throws Exception {
    String query = "period=" + month + "&district=";
    HttpResponse<byte[]> outside = fetch("supervisor2", query + "SH/XH", null);
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(JsonMapper.shared().readTree(string(outside)).get("code").asString())
        .isEqualTo("ACCESS_DENIED");
    assertThat(fetch("supervisor2", query + world.district, null).statusCode()).isEqualTo(200);
    assertThat(fetch("supervisor2", "period=" + month, null).statusCode()).isEqualTo(200);
    assertThat(fetch("inspector1", query + world.district, null).statusCode()).isEqualTo(403);
    assertThat(fetch("contractor1", query + world.district, null).statusCode()).isEqualTo(403);
    assertThat(fetch(null, query + world.district, null).statusCode()).isEqualTo(401);
  }

  @Test
  void bad_periods_and_districts_are_invalid_input() throws Exception {
    for (String query :
        List.of("period=2026-13", "period=12026", "period=1969", "district=SH//PD", "format=doc")) {
      HttpResponse<byte[]> answer = fetch("supervisor1", query, "application/pdf");
      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      assertThat(JsonMapper.shared().readTree(string(answer)).get("code").asString())
          .as(query)
          .isEqualTo("INVALID_INPUT");
    }
  }

  /**
   * Each row's figures as the report writes them, computed from the JSON audit: SLA per company and
   * per community, coverage per community and level as of the report's instant, and diligence.
   */
  private List<String> expectedRows(String period, Instant asOf) {
    String scope = "period=" + period + "&district=" + world.district;
    List<String> rows = new ArrayList<>();
    for (JsonNode row : audit("sla?" + scope)) {
      rows.add(slaRow(row, "company"));
    }
    for (JsonNode row : audit("sla?by=district&" + scope)) {
      rows.add(slaRow(row, "district"));
    }
    for (JsonNode row : audit("coverage?district=" + world.district + "&at=" + asOf)) {
      rows.add(
          String.join(
              " ",
              row.get("district").asString(),
              row.get("level").asString(),
              row.get("equipment").asString(),
              row.get("overdue").asString(),
              row.get("neverInspected").asString()));
    }
    for (JsonNode row : audit("diligence?" + scope)) {
      rows.add(
          String.join(
              " ",
              row.get("inspector").asString(),
              row.get("msp").asString(),
              row.get("inspections").asString(),
              row.get("beyondTolerance").asString(),
              percent(row.get("beyondToleranceShare"))));
    }
    return rows;
  }

  /** Every drill-down link the JSON audit gives the same rows, absolute. */
  private List<String> expectedLinks(String period, Instant asOf) {
    String scope = "period=" + period + "&district=" + world.district;
    List<String> links = new ArrayList<>();
    Stream.of(
            audit("sla?" + scope),
            audit("sla?by=district&" + scope),
            audit("coverage?district=" + world.district + "&at=" + asOf),
            audit("diligence?" + scope))
        .flatMap(rows -> rows.stream())
        .forEach(row -> row.get("links").forEach(link -> links.add(base + link.asString())));
    return links;
  }

  private static String slaRow(JsonNode row, String by) {
    JsonNode steps = row.get("steps");
    return String.join(
        " ",
        row.get(by).isNull() ? "(no contract)" : row.get(by).asString(),
        row.get("tickets").asString(),
        share(steps.get("acknowledge")),
        share(steps.get("makeSafe")),
        share(steps.get("repair")),
        percent(row.get("reworkRate")),
        row.get("overdueNow").asString());
  }

  private static String share(JsonNode step) {
    return step.get("onTime").asLong()
        + "/"
        + step.get("done").asLong()
        + " ("
        + percent(step.get("onTimeShare"))
        + ")";
  }

  private static String percent(JsonNode ratio) {
    return ratio == null || ratio.isNull()
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f%%", ratio.asDouble() * 100);
  }

  private List<JsonNode> audit(String query) {
    HttpResponse<String> answer = gateway.get("supervisor1", "api/v1/audit/" + query);
    assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    LiveGateway.json(answer).get("rows").forEach(rows::add);
    return rows;
  }

  private static Instant asOf(String text) {
    Matcher matcher = COVERAGE_AS_OF.matcher(text);
    assertThat(matcher.find()).as("the report names the instant of its coverage").isTrue();
    return Instant.parse(matcher.group(1));
  }

  private HttpResponse<byte[]> fetch(String user, String query, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(gateway.base().resolve("api/v1/audit/report?" + query))
            .timeout(Duration.ofSeconds(60));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (user != null) {
      String pair = user + ":" + gateway.password(user);
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The PDF's pages drawn as PNG files by poppler's {@code pdftoppm}. */
  private List<Path> render(Path pdf) throws IOException, InterruptedException {
    run("pdftoppm", "-png", "-r", "40", pdf.toString(), dir.resolve("page").toString());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
    }
  }

  private static List<String> uris(byte[] pdf) throws IOException {
    List<String> uris = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    return uris;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command[0]).isTrue();
    assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    return output;
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String string(HttpResponse<byte[]> answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }
}
