package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The query and audit API on the live stack, over records written for it in a street of its own
 * ({@link AuditWorld}): coverage as of two instants with the overdue pieces behind it, SLA
 * compliance by company and by district with the late steps and the rejection behind it,
 * inspectors' diligence with the inspection beyond the location tolerance, CSV, the tickets and
 * equipment searches with their filters, paging and sorting, and who may see what. Every expected
 * figure is computed from the records the ledger answered ({@link AuditExpectations}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final AuditWorld world = new AuditWorld(gateway);
  private final List<AuditWorld.Piece> inspected = new ArrayList<>();
  private final Map<String, String> ticketIds = new HashMap<>();
  private final Map<String, AuditWorld.Piece> ticketPieces = new HashMap<>();

  @BeforeAll
  void write_a_street_of_equipment_patrols_and_tickets() {
    gateway.freshContract("GREENFIX", world.siteA, AuditWorld.GREENFIX_SLA);
    gateway.freshContract("FIXRIGHT", world.siteB, AuditWorld.TINY_MINOR_SLA);
    AuditWorld.Piece e1 = world.register(world.siteA, 1, 7, 30, 365);
    AuditWorld.Piece e2 = world.register(world.siteA, 1, 7, 30, 365);
    world.register(world.siteB, 2, 7, 30, 365);
    AuditWorld.Piece e4 = world.register(world.siteB, 2, 14, 30, 365);
    AuditWorld.Piece e5 = world.register(world.siteB, 2, 7, 30, 365);
    inspected.addAll(List.of(e1, e2, e4, e5));
    world.patrol(
        "inspector1",
        List.of(
            new AuditWorld.Seen(e1, "ROUTINE", "OK", 10),
            new AuditWorld.Seen(e2, "STRUCTURAL", "OK", 5)));
    world.patrol(
        "inspector2",
        List.of(
            new AuditWorld.Seen(e4, "ROUTINE", "OK", 1100),
            new AuditWorld.Seen(e5, "ROUTINE", "NOT_ACCESSIBLE", 20)));

    String repair = TicketFixtures.REPAIR;
    String t1 = ticket("T1", world.siteA, 1, "MAJOR");
    world.step("contractor1", t1, "acknowledgement", "{\"note\":\"seen\"}");
    world.step("contractor1", t1, "repair", repair);
    world.step("inspector1", t1, "verification", "{\"accepted\":false,\"reason\":\"loose\"}");
    world.step("contractor2", t1, "repair", repair);
    world.step("inspector1", t1, "verification", "{\"accepted\":true,\"reason\":\"\"}");
    String t2 = ticket("T2", world.siteA, 1, "MAJOR");
    world.step("contractor1", t2, "acknowledgement", "{\"note\":\"seen\"}");
    String t5 = ticket("T5", world.siteA, 1, "CRITICAL");
    world.step("contractor1", t5, "acknowledgement", "{\"note\":\"seen\"}");
    world.step("contractor1", t5, "make-safe", "{\"note\":\"taped off\",\"photoHashes\":[]}");
    String t3 = ticket("T3", world.siteB, 2, "MINOR");
    String t4 = ticket("T4", world.siteB, 2, "MINOR");
    AuditWorld.awaitClockPast(world.deadline(t3, "acknowledge").plusMillis(300));
    world.step("contractor3", t3, "acknowledgement", "{\"note\":\"late\"}");
    AuditWorld.awaitClockPast(world.deadline(t3, "repair").plusMillis(300));
    world.step("contractor3", t3, "repair", repair);
    world.step("inspector2", t3, "verification", "{\"accepted\":true,\"reason\":\"\"}");
    AuditWorld.awaitClockPast(world.deadline(t4, "acknowledge").plusMillis(300));
  }

  private String ticket(String name, String site, int community, String severity) {
    AuditWorld.Piece piece = world.register(site, community, 7, 30, 365);
    String id = world.open(piece, severity);
    ticketIds.put(name, id);
    ticketPieces.put(name, piece);
    return id;
  }

  private JsonNode get(String user, String path) {
    HttpResponse<String> answer = gateway.get(user, path);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return LiveGateway.json(answer);
  }

  private Instant latestWrite() {
    Instant latest = Instant.EPOCH;
    for (AuditWorld.Piece piece : world.pieces.values()) {
      latest = max(latest, piece.registeredAt());
    }
    for (AuditWorld.Written patrol : world.patrols) {
      latest = max(latest, Instant.parse(patrol.record().get("recordedAt").asString()));
    }
    return latest;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Map<String, AuditExpectations.Coverage> rows(JsonNode report) {
    Map<String, AuditExpectations.Coverage> rows = new TreeMap<>();
    for (JsonNode row : report.get("rows")) {
      rows.put(
          row.get("district").asString() + " " + row.get("level").asString(),
          new AuditExpectations.Coverage(
              row.get("equipment").asLong(),
              row.get("overdue").asLong(),
              row.get("neverInspected").asLong()));
    }
    return rows;
  }

  @Test
  void coverage_ten_days_on_counts_the_pieces_each_level_finds_overdue_by_community() {
    Instant at = latestWrite().plus(Duration.ofDays(10));
    JsonNode report =
        get(
            "supervisor1",
            "api/v1/audit/coverage?district=" + world.district + "&depth=4&at=" + at);

    assertThat(report.get("asOf").asString()).isEqualTo(at.toString());
    assertThat(report.get("depth").asInt()).isEqualTo(4);
    Map<String, AuditExpectations.Coverage> expected = AuditExpectations.coverage(world, at, 4);
    assertThat(rows(report)).isEqualTo(expected);
    // Ten days on, ROUTINE (7 days) is overdue on every piece but the one with 14 days, whose
    // inspection counts; the NOT_ACCESSIBLE one does not.
    assertThat(expected.get(world.community(1) + " ROUTINE"))
        .isEqualTo(new AuditExpectations.Coverage(5, 5, 3));
    assertThat(expected.get(world.community(2) + " ROUTINE"))
        .isEqualTo(new AuditExpectations.Coverage(5, 4, 4));
    assertThat(expected.get(world.community(1) + " STRUCTURAL").neverInspected()).isEqualTo(4);
  }

  @Test
  void coverage_as_of_an_instant_between_the_patrols_ignores_the_later_one() {
    Instant second = Instant.parse(world.patrols.get(1).record().get("recordedAt").asString());
    Instant at = second.minusMillis(1).plus(Duration.ofDays(8));
    // As of `at`, the second patrol counts; as of just before it, it does not.
    Instant before = second.minusMillis(1);
    JsonNode later =
        get(
            "supervisor1",
            "api/v1/audit/coverage?district=" + world.district + "&depth=3&at=" + at);
    JsonNode earlier =
        get(
            "supervisor1",
            "api/v1/audit/coverage?district=" + world.district + "&depth=4&at=" + before);

    assertThat(rows(later)).isEqualTo(AuditExpectations.coverage(world, at, 3));
    Map<String, AuditExpectations.Coverage> expected = AuditExpectations.coverage(world, before, 4);
    assertThat(rows(earlier)).isEqualTo(expected);
    assertThat(expected.get(world.community(2) + " ROUTINE").neverInspected())
        .as("before the second patrol, none of the three pieces of C02 was inspected")
        .isEqualTo(3);
  }

  @Test
  void each_overdue_piece_links_to_its_last_patrol_or_its_registration_on_the_ledger() {
    Instant at = latestWrite().plus(Duration.ofDays(10));
    JsonNode report =
        get(
            "supervisor1",
            "api/v1/audit/coverage?district=" + world.district + "&depth=4&at=" + at);
    JsonNode routineC01 = null;
    for (JsonNode row : report.get("rows")) {
      if (row.get("district").asString().equals(world.community(1))
          && row.get("level").asString().equals("ROUTINE")) {
        routineC01 = row;
      }
    }
    assertThat(routineC01).isNotNull();
    String link = routineC01.get("links").get("overdue").asString();
    assertThat(link).startsWith("/api/v1/audit/coverage/overdue?");
    JsonNode list = get("supervisor1", link.substring(1));

    assertThat(list.get("total").asLong()).isEqualTo(routineC01.get("overdue").asLong());
    AuditWorld.Piece e1 = inspected.get(0);
    AuditWorld.Written patrol = world.patrols.get(0);
    AuditWorld.Piece never = ticketPieces.get("T1");
    Map<String, JsonNode> items = new HashMap<>();
    list.get("items").forEach(i -> items.put(i.get("equipmentId").asString(), i));
    assertThat(new TreeSet<>(items.keySet()))
        .isEqualTo(
            new TreeSet<>(
                AuditExpectations.overdue(world, "ROUTINE", at).stream()
                    .filter(id -> world.pieces.get(id).districtPath().equals(world.community(1)))
                    .toList()));
    JsonNode e1Item = items.get(e1.id());
    Instant recorded = Instant.parse(patrol.record().get("recordedAt").asString());
    assertThat(e1Item.get("lastPatrolId").asString())
        .isEqualTo(patrol.record().get("id").asString());
    assertThat(e1Item.get("lastInspectedAt").asString()).isEqualTo(recorded.toString());
    assertThat(Instant.parse(e1Item.get("dueAt").asString()))
        .isCloseTo(recorded.plus(Duration.ofDays(7)), within(Duration.ofMillis(1)));
    assertThat(e1Item.get("txId").asString()).isEqualTo(patrol.txId());
    assertThat(e1Item.get("blockNumber").asLong()).isEqualTo(patrol.block());
    assertThat(e1Item.get("signer").get("name").asString()).isEqualTo("inspector1");
    assertThat(e1Item.get("signer").get("msp").asString()).isEqualTo("PatrolMSP");
    JsonNode neverItem = items.get(never.id());
    assertThat(neverItem.get("lastPatrolId").isNull()).isTrue();
    assertThat(neverItem.get("txId").asString()).isEqualTo(never.registered().txId());
    assertThat(neverItem.get("blockNumber").asLong()).isEqualTo(never.registered().block());
    assertThat(neverItem.get("signer").get("name").asString()).isEqualTo("supervisor1");

    JsonNode page = get("supervisor1", link.substring(1) + "&size=2&page=1");
    assertThat(page.get("total").asLong()).isEqualTo(list.get("total").asLong());
    assertThat(page.get("items").size())
        .isEqualTo((int) Math.max(0, Math.min(2, list.get("total").asLong() - 2)));
    assertThat(page.get("items").get(0).get("equipmentId").asString())
        .isEqualTo(list.get("items").get(2).get("equipmentId").asString());
  }

  @Test
  void coverage_answers_csv_with_the_same_figures() {
    Instant at = latestWrite().plus(Duration.ofDays(10));
    HttpResponse<String> csv =
        gateway.get(
            "supervisor1",
            "api/v1/audit/coverage?district="
                + world.district
                + "&depth=4&at="
                + at
                + "&format=csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"coverage-");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("district,level,equipment,overdue,neverInspected");
    Map<String, AuditExpectations.Coverage> expected = AuditExpectations.coverage(world, at, 4);
    assertThat(lines).hasSize(expected.size() + 1);
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",");
      assertThat(
              new AuditExpectations.Coverage(
                  Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])))
          .isEqualTo(expected.get(f[0] + " " + f[1]));
    }
  }

  private String period() {
    List<Instant> opened = new ArrayList<>();
    world
        .tickets
        .values()
        .forEach(w -> opened.add(Instant.parse(w.record().get("openedAt").asString())));
    return AuditExpectations.periodHolding(opened);
  }

  private void assertSla(JsonNode row, AuditExpectations.Sla expected) {
    assertThat(row.get("tickets").asLong()).isEqualTo(expected.tickets());
    assertSteps(row.get("steps").get("acknowledge"), expected.acknowledge());
    assertSteps(row.get("steps").get("makeSafe"), expected.makeSafe());
    assertSteps(row.get("steps").get("repair"), expected.repair());
    assertThat(row.get("hoursToAcknowledge").get("mean").asDouble())
        .isCloseTo(AuditExpectations.mean(expected.hoursToAcknowledge()), within(1e-6));
    assertThat(row.get("hoursToAcknowledge").get("median").asDouble())
        .isCloseTo(AuditExpectations.median(expected.hoursToAcknowledge()), within(1e-6));
    if (expected.hoursToRepair().isEmpty()) {
      assertThat(row.get("hoursToRepair").get("mean").isNull()).isTrue();
    } else {
      assertThat(row.get("hoursToRepair").get("median").asDouble())
          .isCloseTo(AuditExpectations.median(expected.hoursToRepair()), within(1e-6));
    }
    assertThat(row.get("reworkRate").asDouble())
        .isCloseTo((double) expected.rejected() / expected.repaired(), within(1e-9));
    assertThat(row.get("overdueNow").asLong()).isEqualTo(expected.overdueNow());
  }

  private static void assertSteps(JsonNode figures, long[] expected) {
    assertThat(figures.get("done").asLong()).isEqualTo(expected[0]);
    assertThat(figures.get("onTime").asLong()).isEqualTo(expected[1]);
    if (expected[0] == 0) {
      assertThat(figures.get("onTimeShare").isNull()).isTrue();
    } else {
      assertThat(figures.get("onTimeShare").asDouble())
          .isCloseTo((double) expected[1] / expected[0], within(1e-9));
    }
  }

  @Test
  void sla_by_company_counts_steps_on_time_hours_rework_and_overdue_tickets() {
    String period = period();
    JsonNode report =
        get("supervisor1", "api/v1/audit/sla?period=" + period + "&district=" + world.district);

    assertThat(report.get("period").get("id").asString()).isEqualTo(period);
    assertThat(report.get("by").asString()).isEqualTo("company");
    Map<String, JsonNode> rows = new TreeMap<>();
    report.get("rows").forEach(r -> rows.put(r.get("company").asString(), r));
    assertThat(rows.keySet()).containsExactly("FIXRIGHT", "GREENFIX");
    Instant now = Instant.now();
    AuditExpectations.Sla greenfix =
        AuditExpectations.sla(world, t -> t.get("company").asString().equals("GREENFIX"), now);
    AuditExpectations.Sla fixright =
        AuditExpectations.sla(world, t -> t.get("company").asString().equals("FIXRIGHT"), now);
    assertSla(rows.get("GREENFIX"), greenfix);
    assertSla(rows.get("FIXRIGHT"), fixright);
    // What the world was written to hold: a rejection at GREENFIX, late steps and an overdue
    // acknowledgement at FIXRIGHT.
    assertThat(greenfix.repair()[0]).isEqualTo(2);
    assertThat(greenfix.rejected()).isEqualTo(1);
    assertThat(fixright.acknowledge()).containsExactly(1, 0);
    assertThat(fixright.repair()).containsExactly(1, 0);
    assertThat(fixright.overdueNow()).isEqualTo(1);
  }

  @Test
  void sla_by_district_puts_each_community_in_a_row_of_its_own() {
    String period = period();
    JsonNode report =
        get(
            "supervisor1",
            "api/v1/audit/sla?period="
                + period
                + "&district="
                + world.district
                + "&by=district&depth=4");

    assertThat(report.get("depth").asInt()).isEqualTo(4);
    Map<String, JsonNode> rows = new TreeMap<>();
    report.get("rows").forEach(r -> rows.put(r.get("district").asString(), r));
    assertThat(rows.keySet()).containsExactly(world.community(1), world.community(2));
    Instant now = Instant.now();
    for (int c = 1; c <= 2; c++) {
      String community = world.community(c);
      assertSla(
          rows.get(community),
          AuditExpectations.sla(
              world, t -> t.get("districtPath").asString().equals(community), now));
    }
  }

  @Test
  void the_late_steps_behind_a_companys_figures_carry_their_transaction_block_and_signer() {
    String period = period();
    JsonNode report =
        get("supervisor1", "api/v1/audit/sla?period=" + period + "&district=" + world.district);
    JsonNode fixright = null;
    for (JsonNode row : report.get("rows")) {
      fixright = row.get("company").asString().equals("FIXRIGHT") ? row : fixright;
    }
    assertThat(fixright).isNotNull();
    JsonNode late = get("supervisor1", fixright.get("links").get("late").asString().substring(1));

    List<AuditWorld.Written> t3Steps = world.steps.get(ticketIds.get("T3"));
    assertThat(late.get("total").asLong()).isEqualTo(2);
    List<String> txIds = new ArrayList<>();
    for (JsonNode item : late.get("items")) {
      txIds.add(item.get("txId").asString());
      assertThat(item.get("ticketId").asString()).isEqualTo(ticketIds.get("T3"));
      assertThat(item.get("onTime").asBoolean()).isFalse();
      assertThat(item.get("company").asString()).isEqualTo("FIXRIGHT");
      assertThat(item.get("signer").get("name").asString()).isEqualTo("contractor3");
      assertThat(item.get("signer").get("msp").asString()).isEqualTo("ContractorMSP");
      assertThat(Instant.parse(item.get("at").asString()))
          .isAfter(Instant.parse(item.get("deadline").asString()));
    }
    assertThat(txIds).containsExactly(t3Steps.get(0).txId(), t3Steps.get(1).txId());
    assertThat(late.get("items").get(0).get("step").asString()).isEqualTo("acknowledge");
    assertThat(late.get("items").get(0).get("blockNumber").asLong())
        .isEqualTo(t3Steps.get(0).block());
    assertThat(late.get("items").get(1).get("step").asString()).isEqualTo("repair");
    assertThat(late.get("items").get(1).get("blockNumber").asLong())
        .isEqualTo(t3Steps.get(1).block());

    JsonNode overdue =
        get("supervisor1", fixright.get("links").get("overdue").asString().substring(1));
    assertThat(overdue.get("total").asLong()).isEqualTo(fixright.get("overdueNow").asLong());
    assertThat(overdue.get("items").get(0).get("id").asString()).isEqualTo(ticketIds.get("T4"));
  }

  @Test
  void the_rejection_is_listed_with_the_inspector_who_signed_it() {
    JsonNode rejections =
        get(
            "supervisor1",
            "api/v1/audit/sla/steps?period="
                + period()
                + "&district="
                + world.district
                + "&step=reject");

    assertThat(rejections.get("total").asLong()).isEqualTo(1);
    JsonNode item = rejections.get("items").get(0);
    AuditWorld.Written rejection = world.steps.get(ticketIds.get("T1")).get(2);
    assertThat(item.get("ticketId").asString()).isEqualTo(ticketIds.get("T1"));
    assertThat(item.get("txId").asString()).isEqualTo(rejection.txId());
    assertThat(item.get("blockNumber").asLong()).isEqualTo(rejection.block());
    assertThat(item.get("signer").get("name").asString()).isEqualTo("inspector1");
    assertThat(item.get("signer").get("msp").asString()).isEqualTo("PatrolMSP");
    assertThat(item.get("onTime").isNull()).isTrue();
  }

  private String patrolPeriod() {
    return AuditExpectations.periodHolding(
        world.patrols.stream()
            .map(p -> Instant.parse(p.record().get("recordedAt").asString()))
            .toList());
  }

  @Test
  void diligence_counts_each_inspectors_inspections_and_those_beyond_the_tolerance() {
    JsonNode report =
        get(
            "supervisor1",
            "api/v1/audit/diligence?period=" + patrolPeriod() + "&district=" + world.district);

    Map<String, JsonNode> rows = new TreeMap<>();
    report.get("rows").forEach(r -> rows.put(r.get("inspector").asString(), r));
    assertThat(rows.keySet()).containsExactly("inspector1", "inspector2");
    Map<String, long[]> expected = new TreeMap<>();
    for (AuditWorld.Written patrol : world.patrols) {
      long[] counts =
          expected.computeIfAbsent(patrol.record().get("inspector").asString(), k -> new long[2]);
      for (JsonNode inspection : patrol.record().get("inspections")) {
        counts[0]++;
        counts[1] += inspection.get("withinTolerance").asBoolean() ? 0 : 1;
      }
    }
    for (String inspector : rows.keySet()) {
      JsonNode row = rows.get(inspector);
      assertThat(row.get("msp").asString()).isEqualTo("PatrolMSP");
      assertThat(row.get("inspections").asLong()).isEqualTo(expected.get(inspector)[0]);
      assertThat(row.get("beyondTolerance").asLong()).isEqualTo(expected.get(inspector)[1]);
    }
    assertThat(expected.get("inspector2")).containsExactly(2, 1);
    assertThat(rows.get("inspector2").get("beyondToleranceShare").asDouble()).isEqualTo(0.5);
    assertThat(rows.get("inspector1").get("districts").get(0).asString())
        .isEqualTo(world.community(1));
    assertThat(rows.get("inspector2").get("districts").get(0).asString())
        .isEqualTo(world.community(2));
  }

  @Test
  void the_inspection_beyond_the_tolerance_links_to_its_patrol_on_the_ledger() {
    JsonNode report =
        get(
            "supervisor1",
            "api/v1/audit/diligence?period=" + patrolPeriod() + "&district=" + world.district);
    JsonNode inspector2 = null;
    for (JsonNode row : report.get("rows")) {
      inspector2 = row.get("inspector").asString().equals("inspector2") ? row : inspector2;
    }
    assertThat(inspector2).isNotNull();
    JsonNode list =
        get("supervisor1", inspector2.get("links").get("beyondTolerance").asString().substring(1));

    AuditWorld.Written patrol = world.patrols.get(1);
    assertThat(list.get("total").asLong()).isEqualTo(1);
    JsonNode item = list.get("items").get(0);
    assertThat(item.get("patrolId").asString()).isEqualTo(patrol.record().get("id").asString());
    assertThat(item.get("position").asInt()).isZero();
    assertThat(item.get("equipmentId").asString()).isEqualTo(inspected.get(2).id());
    assertThat(item.get("distanceMeters").asDouble())
        .isEqualTo(patrol.record().get("inspections").get(0).get("distanceMeters").asDouble())
        .isGreaterThan(100);
    assertThat(item.get("txId").asString()).isEqualTo(patrol.txId());
    assertThat(item.get("blockNumber").asLong()).isEqualTo(patrol.block());
    assertThat(item.get("signer").get("name").asString()).isEqualTo("inspector2");
    assertThat(item.get("recordedAt").asString())
        .isEqualTo(patrol.record().get("recordedAt").asString());

    HttpResponse<String> csv =
        gateway.get(
            "supervisor1",
            inspector2.get("links").get("beyondTolerance").asString().substring(1) + "&format=csv");
    assertThat(csv.body().split("\r\n")).hasSize(2);
    assertThat(csv.body().split("\r\n")[1]).contains(patrol.txId(), "inspector2", "PatrolMSP");
  }

  private List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }

  @Test
  void the_tickets_search_filters_pages_and_sorts() {
    String base = "api/v1/tickets?district=" + world.district;
    List<String> byOpening =
        List.of("T1", "T2", "T5", "T3", "T4").stream().map(ticketIds::get).toList();

    JsonNode first = get("supervisor1", base + "&size=2");
    assertThat(first.get("total").asLong()).isEqualTo(5);
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(ids(first)).isEqualTo(byOpening.subList(0, 2));
    assertThat(ids(get("supervisor1", base + "&size=2&page=2"))).isEqualTo(byOpening.subList(4, 5));
    List<String> newestFirst = new ArrayList<>(byOpening);
    java.util.Collections.reverse(newestFirst);
    assertThat(ids(get("supervisor1", base + "&sort=-openedAt"))).isEqualTo(newestFirst);
    assertThat(ids(get("supervisor1", base + "&sort=-severity&size=1")))
        .containsExactly(ticketIds.get("T5"));
    assertThat(ids(get("supervisor1", base + "&status=OPEN"))).containsExactly(ticketIds.get("T4"));
    assertThat(ids(get("supervisor1", base + "&status=ACKNOWLEDGED,MADE_SAFE")))
        .containsExactly(ticketIds.get("T2"), ticketIds.get("T5"));
    assertThat(get("supervisor1", base + "&company=GREENFIX").get("total").asLong()).isEqualTo(3);
    assertThat(ids(get("supervisor1", "api/v1/tickets?equipmentId=" + ticketPieces.get("T2").id())))
        .containsExactly(ticketIds.get("T2"));
    assertThat(get("supervisor1", base + "&period=" + period()).get("total").asLong()).isEqualTo(5);
    assertThat(get("supervisor1", base + "&period=1999-01").get("total").asLong()).isZero();

    JsonNode overdue = get("supervisor1", base + "&overdue=true");
    assertThat(ids(overdue)).containsExactly(ticketIds.get("T4"));
    assertThat(overdue.get("items").get(0).get("overdueStep").asString()).isEqualTo("acknowledge");
    JsonNode notOverdue = get("supervisor1", base + "&overdue=false");
    assertThat(notOverdue.get("total").asLong()).isEqualTo(4);
    notOverdue.get("items").forEach(i -> assertThat(i.get("overdueStep").isNull()).isTrue());
  }

  @Test
  void each_person_searches_only_within_their_scope() {
    String base = "api/v1/tickets?district=" + world.district;

    assertThat(ids(get("contractor1", base)))
        .containsExactly(ticketIds.get("T1"), ticketIds.get("T2"), ticketIds.get("T5"));
    assertThat(ids(get("contractor3", base)))
        .containsExactly(ticketIds.get("T3"), ticketIds.get("T4"));
    assertThat(get("inspector1", base).get("total").asLong()).isEqualTo(5);
    assertThat(get("inspector4", base).get("total").asLong()).isZero();
    assertThat(
            get("contractor1", "api/v1/equipment?district=" + world.district).get("total").asLong())
        .isEqualTo(3);
    assertThat(
            get("inspector4", "api/v1/equipment?district=" + world.district).get("total").asLong())
        .isZero();
  }

  @Test
  void the_equipment_search_filters_by_district_and_status() {
    String base = "api/v1/equipment?district=" + world.district;

    JsonNode all = get("supervisor1", base + "&size=500");
    assertThat(all.get("total").asLong()).isEqualTo(world.pieces.size());
    assertThat(ids(get("supervisor1", base + "&status=OUT_OF_SERVICE")))
        .containsExactly(ticketPieces.get("T5").id());
    assertThat(get("supervisor1", base + "&status=IN_SERVICE").get("total").asLong())
        .isEqualTo(world.pieces.size() - 1);
    assertThat(get("supervisor1", base + "&status=RETIRED").get("total").asLong()).isZero();
    assertThat(
            get("supervisor1", "api/v1/equipment?district=" + world.community(2))
                .get("total")
                .asLong())
        .isEqualTo(
            world.pieces.values().stream()
                .filter(p -> p.districtPath().equals(world.community(2)))
                .count());
    List<String> descending = new ArrayList<>(world.pieces.keySet());
    descending.sort(java.util.Comparator.reverseOrder());
    assertThat(ids(get("supervisor1", base + "&size=3&sort=-id")))
        .isEqualTo(descending.subList(0, 3));
  }

  @Test
  void only_supervisors_audit_and_only_within_their_districts() {
    assertThat(gateway.get("inspector1", "api/v1/audit/coverage").statusCode()).isEqualTo(403);
    HttpResponse<String> contractor = gateway.get("contractor1", "api/v1/audit/sla");
    assertThat(contractor.statusCode()).isEqualTo(403);
    assertThat(LiveGateway.json(contractor).get("code").asString()).isEqualTo("ACCESS_DENIED");
    assertThat(gateway.get("supervisor2", "api/v1/audit/diligence?district=SH/XH").statusCode())
        .isEqualTo(403);
    assertThat(gateway.get("supervisor2", "api/v1/audit/sla?district=SH").statusCode())
        .isEqualTo(403);
    assertThat(
            gateway.get("supervisor2", "api/v1/audit/sla?district=" + world.district).statusCode())
        .isEqualTo(200);
    HttpResponse<String> malformed = gateway.get("supervisor1", "api/v1/audit/sla?period=2026-13");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(LiveGateway.json(malformed).get("code").asString()).isEqualTo("INVALID_INPUT");
  }
}
