package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * supervisor1 opens the dashboard in real headless Chromium on a tablet-sized window; every figure
 * it shows equals what the API answers the same person at the same moment, and a figure's link
 * opens the ledger records behind it.
 */
class DashboardPageIT {
  private static final String SUPERVISOR = "supervisor1";
  private static final String OPEN_STATES = "OPEN,ACKNOWLEDGED,MADE_SAFE,REPAIRED";
  private static final List<String> MAP_STATES =
      List.of("IN_SERVICE", "OPEN_TICKET", "OUT_OF_SERVICE", "RETIRED");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static LiveGateway gateway;
  private HeadlessChromium chromium;

  /**
   * Equipment in every state the map tells apart, and GREENFIX tickets opened this month: an open
   * one, a repaired one, and a CRITICAL one made safe (which takes its equipment out of service).
   */
  @BeforeAll
  static void equipmentInEveryState() {
    gateway = LiveGateway.fromEnvironment();
    TicketFixtures greenfix = new TicketFixtures(gateway, "GREENFIX", "contractor1");
    greenfix.equipment();
    greenfix.open("MAJOR");
    greenfix.repaired("MINOR");
    greenfix.step(
        "contractor1", greenfix.acknowledged("CRITICAL"), "make-safe", TicketFixtures.REPAIR);
    String retired = gateway.freshEquipment();
    HttpResponse<String> retirement =
        gateway.post(
            SUPERVISOR, "api/v1/equipment/" + retired + "/retirement", "{\"reason\":\"worn out\"}");
    assertThat(retirement.statusCode()).as(retirement.body()).isEqualTo(200);
  }

  @BeforeEach
  void openBrowser() throws Exception {
    chromium = HeadlessChromium.start(1180, 820);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    chromium.close();
  }

  @Test
  void shows_the_figures_the_api_answers_and_opens_the_records_behind_them() throws Exception {
    try {
      figuresEqualTheApiAndOpenTheirRecords();
    } catch (Exception | AssertionError failure) {
      chromium.screenshot(SCREENSHOTS.resolve("DashboardPageIT-failure.png"));
      throw failure;
    }
  }

  private void figuresEqualTheApiAndOpenTheirRecords() throws Exception {
    URI base = URI.create(System.getenv("FITLEDGER_GATEWAY_URL").replaceAll("/+$", "") + "/");
    DashboardPage page = DashboardPage.open(chromium.driver(), base);
    assertThat(page.signIn(SUPERVISOR, gateway.password(SUPERVISOR))).contains(SUPERVISOR);
    List<String> panelErrors = page.awaitFigures();
    String token = gateway.token(SUPERVISOR);
    String district = page.district();
    String period = page.period();

    assertThat(panelErrors).as("panels that show an error").isEmpty();
    assertThat(district).isEqualTo("SH");
    assertThat(page.overdueCount())
        .isEqualTo(
            get(token, "api/v1/tickets", "overdue", "true", "district", district, "size", "1")
                .get("total")
                .asString());
    assertThat(page.rows("sla-table", SLA_FIELDS)).isEqualTo(slaRows(token, period, district));
    assertThat(page.rows("coverage-table", COVERAGE_FIELDS))
        .isEqualTo(coverageRows(token, district));
    Map<String, Integer> expected = mapStates(token, district);
    assertThat(expected.values())
        .as("the fixtures put equipment in every state")
        .allMatch(n -> n > 0);
    for (String state : MAP_STATES) {
      assertThat(page.markers(state)).as(state + " markers").isEqualTo(expected.get(state));
      assertThat(page.legendCount(state)).isEqualTo(String.valueOf(expected.get(state)));
    }
    assertThat(page.markers(null))
        .isEqualTo(expected.values().stream().mapToInt(Integer::intValue).sum());
    chromium.screenshot(SCREENSHOTS.resolve("dashboard.png"));

    String greenfixTickets =
        page.openRecords(
            page.element("#sla-table tr[data-company='GREENFIX'] td[data-field='tickets'] a"));
    assertThat(page.recordsError()).isEmpty();
    JsonNode steps = get(token, greenfixTickets, "page", "0", "size", "50");
    assertThat(page.recordsTotal()).isPositive().isEqualTo(steps.get("total").asLong());
    assertThat(page.recordRows()).isEqualTo(ledgerProof(steps));
    assertThat(page.recordRows()).allSatisfy(row -> assertThat(row.get(0)).matches("[0-9a-f]{64}"));
    chromium.screenshot(SCREENSHOTS.resolve("dashboard-records.png"));

    String openTickets =
        page.openRecords(page.element("#map-legend li[data-state='OPEN_TICKET'] a"));
    JsonNode open = get(token, openTickets, "page", "0", "size", "50");
    assertThat(page.recordsTotal()).isPositive().isEqualTo(open.get("total").asLong());
    assertThat(page.recordRows()).isEqualTo(ledgerProof(open));

    trendChartsEqualTheApi(page, token, district);
    JsonNode outlines = get(token, "api/v1/districts/outlines", "district", district);
    assertThat(outlines.get("features").size()).as("district outlines").isPositive();
    assertThat(page.outlinePaths()).isEqualTo(outlines.get("features").size());

    assertThat(page.heading()).isEqualTo("FitLedger supervisor dashboard");
    assertThat(page.switchLanguage()).isEqualTo("FitLedger 督查看板");
    assertThat(page.element("html").getDomAttribute("lang")).isEqualTo("zh-CN");
    assertThat(page.element("#trends-title").getText()).contains("逐月");
    assertThat(page.awaitFigures()).as("panels that show an error in Chinese").isEmpty();
    chromium.screenshot(SCREENSHOTS.resolve("dashboard-zh.png"));

    assertThat(page.loadedUrls())
        .as("the page loads nothing from outside the gateway")
        .allMatch(url -> url.startsWith(base.toString()));
    assertThat(chromium.consoleProblems()).noneMatch(m -> m.contains("Content Security Policy"));
  }

  private static final List<String> ON_TIME =
      List.of("onTime", "acknowledge", "makeSafe", "repair");
  private static final List<String> OVERDUE = List.of("overdueNow", "lateSteps");
  private static final List<String> LEVELS = List.of("ROUTINE", "FUNCTIONAL", "STRUCTURAL");

  /** The three trend charts show, month by month, the figures the trends API answers. */
  private void trendChartsEqualTheApi(DashboardPage page, String token, String district) {
    JsonNode months =
        get(token, "api/v1/audit/trends", "district", district, "months", "12").get("months");
    assertThat(months.size()).isEqualTo(12);
    List<List<String>> onTime = new ArrayList<>();
    List<List<String>> overdue = new ArrayList<>();
    List<List<String>> coverage = new ArrayList<>();
    List<String> levels =
        LEVELS.stream()
            .filter(
                l ->
                    StreamSupport.stream(months.spliterator(), false)
                        .anyMatch(m -> m.get("coverage").has(l)))
            .toList();
    for (JsonNode month : months) {
      String id = month.get("period").get("id").asString();
      List<String> shares = new ArrayList<>(List.of(id, percent(month.get("onTimeShare"))));
      for (String step : ON_TIME.subList(1, ON_TIME.size())) {
        shares.add(percent(month.get("steps").get(step).get("onTimeShare")));
      }
      onTime.add(shares);
      overdue.add(
          List.of(id, month.get("overdueNow").asString(), month.get("lateSteps").asString()));
      List<String> covered = new ArrayList<>(List.of(id));
      for (String level : levels) {
        covered.add(percent(month.get("coverage").path(level).get("coveredShare")));
      }
      coverage.add(covered);
    }
    assertThat(page.trendRows("trend-sla", ON_TIME)).isEqualTo(onTime);
    assertThat(page.trendRows("trend-overdue", OVERDUE)).isEqualTo(overdue);
    assertThat(page.trendRows("trend-coverage", levels)).isEqualTo(coverage);
    assertThat(page.trendMarks("trend-overdue", "overdueNow"))
        .isEqualTo(
            StreamSupport.stream(months.spliterator(), false)
                .map(m -> m.get("overdueNow").asDouble())
                .toList());
    assertThat(page.trendMarks("trend-sla", "onTime"))
        .isEqualTo(
            StreamSupport.stream(months.spliterator(), false)
                .filter(m -> m.get("onTimeShare").isNumber())
                .map(m -> m.get("onTimeShare").asDouble())
                .toList());
    assertThat(months.get(11).get("tickets").asLong())
        .as("this month's fixtures are counted")
        .isPositive();
  }

  /** A share as the page writes it: a whole percentage, or a dash without one. */
  private static String percent(JsonNode share) {
    return share == null || !share.isNumber() ? "–" : Math.round(share.asDouble() * 100) + "%";
  }

  private static final List<String> SLA_FIELDS =
      List.of("company", "tickets", "acknowledge", "late", "overdueNow");

  /** The SLA report's rows as the page writes them. */
  private List<List<String>> slaRows(String token, String period, String district) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row :
        get(token, "api/v1/audit/sla", "period", period, "district", district).get("rows")) {
      JsonNode steps = row.get("steps");
      long late = 0;
      for (String step : List.of("acknowledge", "makeSafe", "repair")) {
        if (steps.has(step)) {
          late += steps.get(step).get("done").asLong() - steps.get(step).get("onTime").asLong();
        }
      }
      JsonNode ack = steps.get("acknowledge");
      String acknowledged =
          ack.get("done").asLong() == 0
              ? "–"
              : Math.round(ack.get("onTimeShare").asDouble() * 100)
                  + "% ("
                  + ack.get("onTime").asLong()
                  + " of "
                  + ack.get("done").asLong()
                  + ")";
      rows.add(
          List.of(
              row.hasNonNull("company") ? row.get("company").asString() : "No covering contract",
              row.get("tickets").asString(),
              acknowledged,
              String.valueOf(late),
              row.get("overdueNow").asString()));
    }
    return rows;
  }

  private static final List<String> COVERAGE_FIELDS =
      List.of("district", "level", "equipment", "overdue", "neverInspected");

  private List<List<String>> coverageRows(String token, String district) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : get(token, "api/v1/audit/coverage", "district", district).get("rows")) {
      rows.add(
          List.of(
              row.get("district").asString(),
              row.hasNonNull("level") ? row.get("level").asString() : "–",
              row.get("equipment").asString(),
              row.get("overdue").asString(),
              row.get("neverInspected").asString()));
    }
    return rows;
  }

  /** How many pieces with a position the map should draw in each state. */
  private Map<String, Integer> mapStates(String token, String district) {
    Set<String> withOpenTicket = new HashSet<>();
    for (JsonNode ticket :
        all(token, "api/v1/tickets", "district", district, "status", OPEN_STATES)) {
      withOpenTicket.add(ticket.get("equipmentId").asString());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    MAP_STATES.forEach(state -> counts.put(state, 0));
    for (JsonNode piece : all(token, "api/v1/equipment", "district", district)) {
      if (!piece.path("latitude").isNumber() || !piece.path("longitude").isNumber()) {
        continue;
      }
      String status = piece.get("status").asString();
      String state =
          status.equals("IN_SERVICE") && withOpenTicket.contains(piece.get("id").asString())
              ? "OPEN_TICKET"
              : status;
      counts.merge(state, 1, Integer::sum);
    }
    return counts;
  }

  /** Each item's txId, block number and signer ("name (msp)") as the records panel shows them. */
  private static List<List<String>> ledgerProof(JsonNode list) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode item : list.get("items")) {
      rows.add(
          List.of(item.get("txId").asString(), item.get("blockNumber").asString(), signer(item)));
    }
    return rows;
  }

  /**
   * Who signed the item's transaction: the list's {@code signer}, or for a ticket view the person
   * of the step that its {@code txId} wrote.
   */
  private static String signer(JsonNode item) {
    if (item.hasNonNull("signer")) {
      return item.get("signer").get("name").asString()
          + " ("
          + item.get("signer").get("msp").asString()
          + ")";
    }
    for (JsonNode step : item.path("steps")) {
      if (step.path("txId").asString("").equals(item.get("txId").asString())) {
        return step.get("by").asString() + " (" + step.get("byMsp").asString() + ")";
      }
    }
    throw new AssertionError("no signer in " + item);
  }

  /** Every item of a paged list. */
  private List<JsonNode> all(String token, String path, String... query) {
    List<JsonNode> items = new ArrayList<>();
    for (int page = 0; ; page++) {
      String[] paged = append(query, "page", String.valueOf(page), "size", "500");
      JsonNode body = get(token, path, paged);
      List<JsonNode> batch = StreamSupport.stream(body.get("items").spliterator(), false).toList();
      items.addAll(batch);
      if (batch.isEmpty() || items.size() >= body.get("total").asLong()) {
        return items;
      }
    }
  }

  /** A GET as the bearer of the token that must answer 200; query names and values in pairs. */
  private JsonNode get(String token, String path, String... query) {
    StringBuilder uri = new StringBuilder(path.startsWith("/") ? path.substring(1) : path);
    for (int i = 0; i < query.length; i += 2) {
      uri.append(uri.indexOf("?") < 0 ? '?' : '&')
          .append(query[i])
          .append('=')
          .append(URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> answer = gateway.getWithBearer(token, uri.toString());
    assertThat(answer.statusCode()).as(uri + ": " + answer.body()).isEqualTo(200);
    return LiveGateway.json(answer);
  }

  private static String[] append(String[] query, String... more) {
    String[] all = new String[query.length + more.length];
    System.arraycopy(query, 0, all, 0, query.length);
    System.arraycopy(more, 0, all, query.length, more.length);
    return all;
  }
}
