package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization matrix on the live stack: every transaction of the chaincode tried through REST
 * by each kind of person, each attempt on fixtures of its own. An authorized attempt answers 2xx
 * and its change shows in the index and on the ledger; any other is refused and the record, read
 * from the index and from the ledger (peer CLI) before and after, is unchanged.
 *
 * <p>The revoked person is inspector3 (SH/PD), who would otherwise be allowed to record patrols and
 * verify repairs; no other IT acts as them. Their own organization's peer refuses every proposal of
 * theirs before the chaincode runs ("creator certificate revoked"), which the gateway reports as
 * 409 ENDORSEMENT_FAILED.
 *
 * <p>The reads of the patrol app (the due list, a piece's inspections, the ticket lists it asks
 * for) are tried by the same people on fixtures of their own: each answers within the person's
 * scope only. They read the index, not the ledger, so the revoked inspector is not tried: the
 * gateway keeps signing them in until it rereads its people file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {
  private static final String REVOKED_PEER_ANSWER =
      "access denied: the peer refused the caller's certificate";
  private static final String OTHER_SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":2,\"makeSafeHours\":12,\"repairHours\":48},"
          + "\"MAJOR\":{\"acknowledgeHours\":12,\"repairHours\":96},"
          + "\"MINOR\":{\"acknowledgeHours\":48,\"repairHours\":480}}";

  /** Who tries. */
  enum Persona {
    SUPERVISOR_IN_SCOPE("supervisor2", "supervisor in scope (SH/PD)"),
    INSPECTOR_IN_SCOPE("inspector2", "inspector in scope (SH/PD)"),
    INSPECTOR_OUT_OF_SCOPE("inspector5", "inspector out of scope (SH/XH)"),
    ASSIGNED_CONTRACTOR("contractor1", "assigned contractor (GREENFIX)"),
    OTHER_CONTRACTOR("contractor3", "other company's contractor (FIXRIGHT)"),
    REVOKED("inspector3", "revoked inspector (SH/PD)");

    final String user;
    final String description;

    Persona(String user, String description) {
      this.user = user;
      this.description = description;
    }
  }

  /** The record an attempt is about: its id, and the equipment it needs if any. */
  private record Target(String id, String equipmentId) {}

  /** A record as the index (or, for settings, the gateway) and the ledger hold it. */
  private record Snapshot(int indexStatus, JsonNode index, int ledgerExit, String ledger) {
    JsonNode ledgerJson() {
      return JsonMapper.shared().readTree(ledger);
    }
  }

  /**
   * One transaction of the matrix.
   *
   * @param name the sentence fragment, e.g. "register equipment"
   * @param allowed who may
   * @param fixture makes a fresh target
   * @param attempt tries it as a user
   * @param read reads the target from the index and the ledger
   * @param changed checks an accepted attempt's effect
   * @param unseen who may act so in general but may not read this target, with the not-found code
   *     they get instead of a refusal that would tell them about it
   */
  private record Action(
      String name,
      Set<Persona> allowed,
      Supplier<Target> fixture,
      BiFunction<String, Target, HttpResponse<String>> attempt,
      Function<Target, Snapshot> read,
      Changed changed,
      Map<Persona, String> unseen) {
    Action(
        String name,
        Set<Persona> allowed,
        Supplier<Target> fixture,
        BiFunction<String, Target, HttpResponse<String>> attempt,
        Function<Target, Snapshot> read,
        Changed changed) {
      this(name, allowed, fixture, attempt, read, changed, Map.of());
    }
  }

  @FunctionalInterface
  private interface Changed {
    void check(String user, Target target, HttpResponse<String> answer, Snapshot after);
  }

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final Map<String, Map<Persona, String>> matrix = new LinkedHashMap<>();
  private final Map<String, String> examples = new LinkedHashMap<>();
  private TicketFixtures tickets;
  private String otherCompanyContract;
  private String readEquipment;
  private String recordedPatrol;
  private HttpResponse<String> recordedAnswer;
  private String openTicketEquipment;
  private String repairedTicketEquipment;

  @BeforeAll
  void revokeAndContract() throws IOException, InterruptedException {
    LedgerCli.revoke(Persona.REVOKED.user, "authorization matrix IT");
    tickets = new TicketFixtures(gateway, "GREENFIX", "contractor2");
    otherCompanyContract =
        gateway.freshContract("FIXRIGHT", "IT other site " + UUID.randomUUID(), OTHER_SLA);
    openTicketEquipment = tickets.indexed(tickets.open("MAJOR")).get("equipmentId").asString();
    repairedTicketEquipment =
        tickets.indexed(tickets.repaired("MAJOR")).get("equipmentId").asString();
    readEquipment = tickets.equipment();
    recordedPatrol = LiveGateway.patrol(UUID.randomUUID().toString(), readEquipment);
    recordedAnswer = gateway.post("inspector1", "api/v1/patrols", recordedPatrol);
    assertThat(recordedAnswer.statusCode()).as(recordedAnswer.body()).isEqualTo(201);
  }

  @AfterAll
  void printMatrix() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append(String.format("%-24s", "transaction"));
    for (Persona persona : Persona.values()) {
      table.append(String.format(" | %-22s", persona.user + label(persona)));
    }
    table.append('\n').append("-".repeat(24 + 25 * Persona.values().length)).append('\n');
    matrix.forEach(
        (action, row) -> {
          table.append(String.format("%-24s", action));
          for (Persona persona : Persona.values()) {
            table.append(String.format(" | %-22s", row.getOrDefault(persona, "not run")));
          }
          table.append('\n');
        });
    table.append(
        "\ncolumns: "
            + String.join(
                "; ", Stream.of(Persona.values()).map(p -> p.user + " = " + p.description).toList())
            + "\n");
    table.append("\nthe first answer of each refusal:\n");
    examples.forEach(
        (outcome, body) -> table.append(outcome).append(": ").append(body).append('\n'));
    System.out.println("\nAuthorization matrix (HTTP status and code of each attempt)\n" + table);
    Path file = Path.of("target", "authorization-matrix.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, table.toString(), StandardCharsets.UTF_8);
  }

  private static String label(Persona persona) {
    return persona == Persona.REVOKED ? " (revoked)" : "";
  }

  @TestFactory
  Stream<DynamicContainer> every_transaction_is_accepted_only_from_whoever_is_accountable_for_it() {
    return actions().stream()
        .map(
            action ->
                DynamicContainer.dynamicContainer(
                    action.name(),
                    Stream.of(Persona.values())
                        .map(
                            persona ->
                                DynamicTest.dynamicTest(
                                    sentence(action, persona), () -> attempt(action, persona)))));
  }

  private static String sentence(Action action, Persona persona) {
    return persona.user
        + ", "
        + persona.description
        + (action.allowed().contains(persona) ? ", may " : ", may not ")
        + action.name();
  }

  private void attempt(Action action, Persona persona) {
    Target target = action.fixture().get();
    Snapshot before = action.read().apply(target);

    HttpResponse<String> answer = action.attempt().apply(persona.user, target);

    Snapshot after = action.read().apply(target);
    JsonNode body = LiveGateway.json(answer);
    String code = body.has("code") ? body.get("code").asString() : "ok";
    matrix
        .computeIfAbsent(action.name(), name -> new EnumMap<>(Persona.class))
        .put(persona, answer.statusCode() + " " + code);
    if (action.allowed().contains(persona)) {
      assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
      assertThat(body.get("txId").asString()).isNotBlank();
      assertThat(after).isNotEqualTo(before);
      action.changed().check(persona.user, target, answer, after);
      return;
    }
    assertThat(body.get("txId").asString()).as(answer.body()).matches("[0-9a-f]{64}");
    examples.putIfAbsent(answer.statusCode() + " " + code, answer.body());
    if (persona == Persona.REVOKED) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
      assertThat(code).isEqualTo("ENDORSEMENT_FAILED");
      assertThat(body.get("details").toString()).contains(REVOKED_PEER_ANSWER);
      // What kind of refusal, but not which peers or organizations: those are for supervisors.
      assertThat(body.get("details").findValues("address")).isEmpty();
      assertThat(answer.body()).doesNotContain("MSP").doesNotContain("maintenance");
    } else if (action.unseen().containsKey(persona)) {
      // Exactly what an unknown id gets: nothing about whose the record is or where it lies.
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
      assertThat(code).isEqualTo(action.unseen().get(persona));
      assertThat(body.get("message").asString()).as(answer.body()).matches("no [a-z]+ with id .*");
    } else {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
      assertThat(code).isEqualTo("ACCESS_DENIED");
    }
    assertThat(after).isEqualTo(before);
  }

  @Test
  void a_patrol_sent_again_by_an_inspector_of_another_district_is_refused_like_an_unknown_one() {
    String fresh =
        recordedPatrol.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + UUID.randomUUID() + "\"");

    HttpResponse<String> again = gateway.post("inspector5", "api/v1/patrols", recordedPatrol);
    HttpResponse<String> unknown = gateway.post("inspector5", "api/v1/patrols", fresh);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(404);
    assertThat(withoutTransaction(again)).isEqualTo(withoutTransaction(unknown));
    assertThat(again.body())
        .doesNotContain("inspector1")
        .doesNotContain(LiveGateway.json(recordedAnswer).get("txId").asString());
    HttpResponse<String> byContractor =
        gateway.post("contractor3", "api/v1/patrols", recordedPatrol);
    assertThat(byContractor.statusCode()).as(byContractor.body()).isEqualTo(403);
  }

  @Test
  void a_patrol_sent_again_by_an_inspector_who_may_read_it_gets_the_first_answer_and_no_block() {
    long height = gateway.indexHealth().get("peerHeight").asLong();

    HttpResponse<String> byRecorder = gateway.post("inspector1", "api/v1/patrols", recordedPatrol);
    HttpResponse<String> byColleague = gateway.post("inspector2", "api/v1/patrols", recordedPatrol);

    JsonNode first = LiveGateway.json(recordedAnswer);
    for (HttpResponse<String> again : List.of(byRecorder, byColleague)) {
      assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
      JsonNode body = LiveGateway.json(again);
      assertThat(body.get("txId")).isEqualTo(first.get("txId"));
      assertThat(body.get("blockNumber")).isEqualTo(first.get("blockNumber"));
      assertThat(body.get("record")).isEqualTo(first.get("record"));
    }
    assertThat(gateway.indexHealth().get("peerHeight").asLong()).isEqualTo(height);
  }

  @Test
  void a_sites_only_contract_naming_a_site_in_another_district_is_refused_and_changes_nothing()
      throws IOException, InterruptedException {
    String site = "IT XH site " + UUID.randomUUID();
    String equipment = "it-eq-" + UUID.randomUUID();
    HttpResponse<String> registered =
        gateway.post(
            "supervisor1",
            "api/v1/equipment",
            LiveGateway.equipment(equipment, site)
                .replace(LiveGateway.DISTRICT_PATH, "SH/XH/IT/C01"));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String id = "it-c-" + UUID.randomUUID();

    HttpResponse<String> answer =
        gateway.post(
            "supervisor2", "api/v1/contracts", contract(id).replaceFirst("IT site [^\"]+", site));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(LiveGateway.json(answer).get("code").asString()).isEqualTo("ACCESS_DENIED");
    assertThat(gateway.get("supervisor1", "api/v1/contracts/" + id).statusCode()).isEqualTo(404);
    assertThat(LedgerCli.queryWith("authority", "readContract", id).exitCode()).isNotZero();
  }

  private static JsonNode withoutTransaction(HttpResponse<String> answer) {
    tools.jackson.databind.node.ObjectNode body =
        (tools.jackson.databind.node.ObjectNode) LiveGateway.json(answer);
    body.remove("txId");
    return body;
  }

  /**
   * One read of the index and what each person gets: {@code 200 some} or {@code 200 none} (rows or
   * none on the first page), or the status and error code.
   */
  private record Read(String name, Supplier<String> path, Map<Persona, String> expected) {}

  @TestFactory
  Stream<DynamicContainer> every_field_read_answers_only_within_the_persons_scope() {
    return reads().stream()
        .map(
            read ->
                DynamicContainer.dynamicContainer(
                    read.name(),
                    read.expected().entrySet().stream()
                        .map(
                            expected ->
                                DynamicTest.dynamicTest(
                                    expected.getKey().user
                                        + ", "
                                        + expected.getKey().description
                                        + ", gets "
                                        + expected.getValue()
                                        + " from "
                                        + read.name(),
                                    () -> tryRead(read, expected.getKey(), expected.getValue())))));
  }

  private void tryRead(Read read, Persona persona, String expected) {
    HttpResponse<String> answer = gateway.get(persona.user, read.path().get());
    JsonNode body = LiveGateway.json(answer);
    String outcome =
        answer.statusCode()
            + " "
            + (body.has("code")
                ? body.get("code").asString()
                : body.get("items").isEmpty() ? "none" : "some");
    matrix.computeIfAbsent(read.name(), name -> new EnumMap<>(Persona.class)).put(persona, outcome);
    assertThat(outcome).as(answer.body()).isEqualTo(expected);
  }

  private List<Read> reads() {
    String some = "200 some";
    String none = "200 none";
    String notFound = "404 EQUIPMENT_NOT_FOUND";
    return List.of(
        new Read(
            "equipment due",
            () ->
                "api/v1/due-inspections?district="
                    + LiveGateway.DISTRICT_PATH
                    + "&on="
                    + LocalDate.now(ZoneOffset.UTC).plusDays(400),
            readsBy(some, some, none, "403 ACCESS_DENIED", "403 ACCESS_DENIED")),
        new Read(
            "a piece's inspections",
            () -> "api/v1/equipment/" + readEquipment + "/inspections",
            readsBy(some, some, notFound, some, notFound)),
        new Read(
            "open tickets by deadline",
            () ->
                "api/v1/tickets?status=OPEN,ACKNOWLEDGED,MADE_SAFE&sort=nextDeadline&equipmentId="
                    + openTicketEquipment,
            readsBy(some, some, none, some, none)),
        new Read(
            "tickets to verify",
            () -> "api/v1/tickets?status=REPAIRED&equipmentId=" + repairedTicketEquipment,
            readsBy(some, some, none, some, none)));
  }

  private static Map<Persona, String> readsBy(
      String supervisor,
      String inspector,
      String otherInspector,
      String contractor,
      String otherContractor) {
    Map<Persona, String> expected = new EnumMap<>(Persona.class);
    expected.put(Persona.SUPERVISOR_IN_SCOPE, supervisor);
    expected.put(Persona.INSPECTOR_IN_SCOPE, inspector);
    expected.put(Persona.INSPECTOR_OUT_OF_SCOPE, otherInspector);
    expected.put(Persona.ASSIGNED_CONTRACTOR, contractor);
    expected.put(Persona.OTHER_CONTRACTOR, otherContractor);
    return expected;
  }

  // ---- the transactions ------------------------------------------------------------------------

  private List<Action> actions() {
    Set<Persona> supervisor = EnumSet.of(Persona.SUPERVISOR_IN_SCOPE);
    Set<Persona> inspector = EnumSet.of(Persona.INSPECTOR_IN_SCOPE);
    Set<Persona> contractor = EnumSet.of(Persona.ASSIGNED_CONTRACTOR);
    return List.of(
        new Action(
            "register equipment",
            supervisor,
            () -> new Target("it-eq-" + UUID.randomUUID(), null),
            (user, t) ->
                gateway.post(user, "api/v1/equipment", LiveGateway.equipment(t.id(), "IT park")),
            t -> read("api/v1/equipment/" + t.id(), "readEquipment", t.id()),
            (user, t, answer, after) -> {
              assertThat(after.index().get("registeredBy").asString()).isEqualTo(user);
              assertThat(after.ledgerJson().get("registeredBy").asString()).isEqualTo(user);
            }),
        new Action(
            "update equipment",
            supervisor,
            () -> new Target(gateway.freshEquipment(), null),
            (user, t) ->
                gateway.put(
                    user,
                    "api/v1/equipment/" + t.id(),
                    LiveGateway.equipment(t.id(), "IT park")
                        .replace("\"model\":\"P1\"", "\"model\":\"P2\"")),
            t -> read("api/v1/equipment/" + t.id(), "readEquipment", t.id()),
            (user, t, answer, after) -> {
              assertThat(after.index().get("model").asString()).isEqualTo("P2");
              assertThat(after.ledgerJson().get("model").asString()).isEqualTo("P2");
            }),
        new Action(
            "retire equipment",
            supervisor,
            () -> new Target(gateway.freshEquipment(), null),
            (user, t) ->
                gateway.post(
                    user, "api/v1/equipment/" + t.id() + "/retirement", "{\"reason\":\"worn\"}"),
            t -> read("api/v1/equipment/" + t.id(), "readEquipment", t.id()),
            (user, t, answer, after) -> {
              assertThat(after.index().get("status").asString()).isEqualTo("RETIRED");
              assertThat(after.ledgerJson().get("status").asString()).isEqualTo("RETIRED");
            }),
        new Action(
            // 100 m is the default the other ITs rely on; the write still records who set it.
            "set location tolerance",
            supervisor,
            () -> new Target("settings", null),
            (user, t) ->
                gateway.put(user, "api/v1/settings/location-tolerance", "{\"meters\":100}"),
            t -> read("api/v1/settings", "readSettings"),
            (user, t, answer, after) -> {
              String txId = LiveGateway.json(answer).get("txId").asString();
              assertThat(after.index().get("setBy").asString()).isEqualTo(user);
              assertThat(after.ledgerJson().get("txId").asString()).isEqualTo(txId);
            }),
        new Action(
            "register a contract",
            supervisor,
            () -> new Target("it-c-" + UUID.randomUUID(), null),
            (user, t) -> gateway.post(user, "api/v1/contracts", contract(t.id())),
            t -> read("api/v1/contracts/" + t.id(), "readContract", t.id()),
            (user, t, answer, after) -> {
              assertThat(after.index().get("registeredBy").asString()).isEqualTo(user);
              assertThat(after.ledgerJson().get("slaVersion").asInt()).isEqualTo(1);
            }),
        new Action(
            "update a contract's SLA",
            supervisor,
            () ->
                new Target(
                    gateway.freshContract(
                        Persona.SUPERVISOR_IN_SCOPE.user,
                        "GREENFIX",
                        "IT sla site " + UUID.randomUUID(),
                        TicketFixtures.USUAL_SLA),
                    null),
            (user, t) -> gateway.put(user, "api/v1/contracts/" + t.id() + "/sla", OTHER_SLA),
            t -> read("api/v1/contracts/" + t.id(), "readContract", t.id()),
            (user, t, answer, after) -> {
              assertThat(after.index().get("slaVersion").asInt()).isEqualTo(2);
              assertThat(after.ledgerJson().get("slaVersion").asInt()).isEqualTo(2);
            }),
        new Action(
            "record a patrol",
            inspector,
            () -> new Target(UUID.randomUUID().toString(), tickets.equipment()),
            (user, t) ->
                gateway.post(user, "api/v1/patrols", LiveGateway.patrol(t.id(), t.equipmentId())),
            t -> read("api/v1/patrols/" + t.id(), "readPatrol", t.id()),
            (user, t, answer, after) -> {
              assertThat(after.index().get("inspector").asString()).isEqualTo(user);
              assertThat(after.ledgerJson().get("inspector").asString()).isEqualTo(user);
              assertThat(tickets.indexed(t.id() + "-0").get("state").asString()).isEqualTo("OPEN");
            },
            Map.of(Persona.INSPECTOR_OUT_OF_SCOPE, "EQUIPMENT_NOT_FOUND")),
        new Action(
            "open a ticket",
            supervisor,
            () -> new Target("it-t-" + UUID.randomUUID(), tickets.equipment()),
            (user, t) ->
                gateway.post(
                    user,
                    "api/v1/tickets",
                    "{\"id\":\""
                        + t.id()
                        + "\",\"equipmentId\":\""
                        + t.equipmentId()
                        + "\",\"severity\":\"MAJOR\",\"category\":\"SURFACE\","
                        + "\"description\":\"peeling paint\"}"),
            this::readTicket,
            (user, t, answer, after) -> {
              assertState(after, "OPEN");
              assertThat(after.ledgerJson().get("company").asString()).isEqualTo("GREENFIX");
            }),
        ticketStep(
            "acknowledge a ticket",
            contractor,
            () -> tickets.open("MAJOR"),
            "acknowledgement",
            "{\"note\":\"on our way\"}",
            "ACKNOWLEDGED",
            Map.of(Persona.OTHER_CONTRACTOR, "TICKET_NOT_FOUND")),
        ticketStep(
            "make a ticket safe",
            contractor,
            () -> tickets.acknowledged("CRITICAL"),
            "make-safe",
            TicketFixtures.REPAIR,
            "MADE_SAFE",
            Map.of(Persona.OTHER_CONTRACTOR, "TICKET_NOT_FOUND")),
        ticketStep(
            "confirm a repair",
            contractor,
            () -> tickets.acknowledged("MAJOR"),
            "repair",
            TicketFixtures.REPAIR,
            "REPAIRED",
            Map.of(Persona.OTHER_CONTRACTOR, "TICKET_NOT_FOUND")),
        ticketStep(
            "verify a repair",
            inspector,
            () -> tickets.repaired("MAJOR"),
            "verification",
            "{\"accepted\":true,\"reason\":\"\"}",
            "CLOSED",
            Map.of(Persona.INSPECTOR_OUT_OF_SCOPE, "TICKET_NOT_FOUND")),
        ticketStep(
            "reassign a ticket",
            supervisor,
            () -> tickets.acknowledged("MAJOR"),
            "reassignment",
            "{\"contractId\":\"" + otherCompanyContract + "\",\"reason\":\"too slow\"}",
            "OPEN",
            Map.of()),
        ticketStep(
            "cancel a ticket",
            supervisor,
            () -> tickets.open("MINOR"),
            "cancellation",
            "{\"reason\":\"duplicate\"}",
            "CANCELLED",
            Map.of()));
  }

  private Action ticketStep(
      String name,
      Set<Persona> allowed,
      Supplier<String> ticket,
      String resource,
      String body,
      String stateAfter,
      Map<Persona, String> unseen) {
    return new Action(
        name,
        allowed,
        () -> new Target(ticket.get(), null),
        (user, t) -> gateway.post(user, "api/v1/tickets/" + t.id() + "/" + resource, body),
        this::readTicket,
        (user, t, answer, after) -> {
          assertState(after, stateAfter);
          String txId = LiveGateway.json(answer).get("txId").asString();
          assertThat(after.index().get("txId").asString()).isEqualTo(txId);
          assertThat(after.ledgerJson().get("txId").asString()).isEqualTo(txId);
          JsonNode steps = after.ledgerJson().get("steps");
          assertThat(steps.get(steps.size() - 1).get("by").asString()).isEqualTo(user);
        },
        unseen);
  }

  private static void assertState(Snapshot after, String state) {
    assertThat(after.index().get("state").asString()).isEqualTo(state);
    assertThat(after.ledgerJson().get("state").asString()).isEqualTo(state);
  }

  private Snapshot readTicket(Target t) {
    return read("api/v1/tickets/" + t.id(), "readTicket", t.id());
  }

  /** The record from the index as supervisor1 (who sees everything) and from the ledger. */
  private Snapshot read(String indexPath, String ledgerFunction, String... arguments) {
    HttpResponse<String> index = gateway.get("supervisor1", indexPath);
    try {
      LedgerCli.Result ledger = LedgerCli.queryWith("authority", ledgerFunction, arguments);
      return new Snapshot(
          index.statusCode(), LiveGateway.json(index), ledger.exitCode(), ledger.output());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A contract of FIXRIGHT for a site of its own, so that it covers no fixture's equipment. */
  private static String contract(String id) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return "{\"id\":\""
        + id
        + "\",\"company\":\"FIXRIGHT\",\"districts\":[],\"sites\":[\"IT site "
        + UUID.randomUUID()
        + "\"],\"validFrom\":\""
        + today.minusDays(1)
        + "\",\"validTo\":\""
        + today.plusDays(1)
        + "\",\"sla\":"
        + TicketFixtures.USUAL_SLA
        + "}";
  }
}
