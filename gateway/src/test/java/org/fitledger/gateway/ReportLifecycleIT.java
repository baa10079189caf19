package org.fitledger.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.fitledger.model.ledger.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident's report from filing to closing, and what is left of the reporter's contact: an
 * inspector confirms a report into a ticket that the contractor repairs and the inspector accepts,
 * merges another into it, rejects a third; the resident sees each outcome through Open311. Once a
 * report is closed (this stack keeps contacts for no time after), its contact is purged on its own;
 * a supervisor purges one at any time. Before a purge the contact is readable through the API and
 * its sealed value is in the private data collection of every Authority peer, read there through
 * the chaincode without the gateway; after it, the chaincode on every Authority peer answers that
 * it holds no contact, the API answers 404, the key is gone, and no file of the stack (the peers'
 * ledgers, private and transient stores, the index's database, the logs) holds the phone number.
 */
class ReportLifecycleIT {
  private static final LiveGateway gateway = LiveGateway.fromEnvironment();
  private static TicketFixtures tickets;
  private static String apiKey;

  @BeforeAll
  static void aCoveredSite() throws IOException {
    tickets = new TicketFixtures(gateway, "GREENFIX", "contractor1");
    apiKey = Files.readString(Launcher.runDir().resolve("open311-demo.key")).strip();
  }

  /** A phone number no other test uses, so that a search for it finds this test's only. */
  private static String phone() {
    return "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  private static String file(String machine, String code, String phone) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", apiKey);
    form.put("service_code", code);
    form.put("address_id", machine);
    form.put("description", "reported in " + code);
    form.put("phone", phone);
    HttpResponse<String> filed = gateway.postForm("open311/v2/requests.json", form);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    return LiveGateway.json(filed).get(0).get("service_request_id").asString();
  }

  private static JsonNode tracked(String id) {
    HttpResponse<String> read = gateway.getPublic("open311/v2/requests/" + id + ".json");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return LiveGateway.json(read).get(0);
  }

  private static JsonNode triage(String id, String body) {
    HttpResponse<String> answer =
        gateway.post("inspector1", "api/v1/reports/" + id + "/triage", body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return LiveGateway.json(answer).get("record");
  }

  private static final Pattern AUTHORITY_PEER_DIR =
      Pattern.compile("peer(\\d+)\\.authority\\.fitledger\\.example");

  /**
   * The Authority's peers of this stack as {@code ./fitledger} names them (authority, authority/1,
   * …), one for each peer's data directory: each keeps a private data store of its own.
   */
  private static List<String> authorityPeers() throws IOException {
    List<String> peers;
    try (Stream<Path> dirs = Files.list(Launcher.runDir().resolve("data"))) {
      peers =
          dirs.map(dir -> AUTHORITY_PEER_DIR.matcher(dir.getFileName().toString()))
              .filter(Matcher::matches)
              .map(peer -> peer.group(1).equals("0") ? "authority" : "authority/" + peer.group(1))
              .sorted()
              .toList();
    }
    assertThat(peers).as("the Authority's peers").contains("authority");
    return peers;
  }

  /** readReportContact on one peer as supervisor1, through the peer CLI: that peer's own store. */
  private static LedgerCli.Result readOn(String peer, String id) throws Exception {
    return LedgerCli.queryAs("supervisor1", peer, Transactions.READ_REPORT_CONTACT, id);
  }

  /** The sealed contact of a report in the private data collection of one peer. */
  private static String sealedOn(String peer, String id) throws Exception {
    LedgerCli.Result read = readOn(peer, id);
    assertThat(read.exitCode()).as(peer + " reads " + id + "'s contact: " + read).isZero();
    for (String line : read.output().split("\n")) {
      if (line.startsWith("{")) {
        return JsonMapper.shared().readTree(line).get("sealed").asString();
      }
    }
    throw new AssertionError("no sealed contact in what " + peer + " answered: " + read);
  }

  /**
   * What a sealed contact holds, opened as the gateway's ContactVault seals it: AES-GCM under the
   * report's key from the gateway's key directory, the 12-byte IV first, the report id as
   * associated data.
   */
  private static String opened(String id, String sealed) throws Exception {
    byte[] key =
        Files.readAllBytes(Launcher.runDir().resolve("gateway/contact-keys/" + id + ".key"));
    byte[] in = Base64.getDecoder().decode(sealed);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, in, 0, 12));
    cipher.updateAAD(id.getBytes(UTF_8));
    byte[] plain = cipher.doFinal(in, 12, in.length - 12);
    return JsonMapper.shared().readTree(plain).get("contact").asString();
  }

  /**
   * Every Authority peer holds the report's contact, sealed: the value in its private data
   * collection is not the phone in the clear, and opens to it with the report's key.
   */
  private static void assertEveryAuthorityPeerHolds(String id, String phone) throws Exception {
    for (String peer : authorityPeers()) {
      String sealed = sealedOn(peer, id);
      assertThat(sealed).as(peer).doesNotContain(phone);
      assertThat(opened(id, sealed)).as(id + "'s contact on " + peer).isEqualTo(phone);
    }
  }

  /**
   * The chaincode on every Authority peer answers that the report's private data collection holds
   * no contact: the private data itself is gone, whatever became of the gateway's key. A peer other
   * than the one the purge waited on may commit its block a moment later.
   */
  private static void assertNoAuthorityPeerHolds(String id) throws Exception {
    for (String peer : authorityPeers()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      LedgerCli.Result read = readOn(peer, id);
      while (read.exitCode() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(500);
        read = readOn(peer, id);
      }
      assertThat(read.exitCode())
          .as(peer + " still holds " + id + "'s contact: " + read)
          .isNotZero();
      assertThat(read.output())
          .as(peer)
          .contains("REPORT_NOT_FOUND")
          .contains("report " + id + " has no contact");
    }
  }

  private static int contactStatus(String id) {
    return gateway.get("supervisor1", "api/v1/reports/" + id + "/contact").statusCode();
  }

  /** The files under the stack's run directory that hold {@code text}, by grep. */
  private static String filesHolding(String text) throws Exception {
    Path found = Files.createTempFile("contact-search-", ".txt");
    try {
      Process grep =
          new ProcessBuilder(
                  "grep", "-rlF", "--binary-files=text", text, Launcher.runDir().toString())
              .redirectErrorStream(true)
              .redirectOutput(found.toFile())
              .start();
      int exit = grep.waitFor();
      assertThat(exit).as("grep: " + Files.readString(found)).isIn(0, 1);
      return Files.readString(found).strip();
    } finally {
      Files.deleteIfExists(found);
    }
  }

  private static void waitFor(String what, Duration within, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what + " within " + within).isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  /** The residents' row of the audit of reports by source, in the ITs' district, this month. */
  private static JsonNode residentsAudit() {
    HttpResponse<String> audit =
        gateway.get("supervisor1", "api/v1/audit/reports?district=" + LiveGateway.DISTRICT_PATH);
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    for (JsonNode row : LiveGateway.json(audit).get("sources")) {
      if (row.get("source").asString().equals("resident")) {
        return row;
      }
    }
    throw new AssertionError("no resident row in " + audit.body());
  }

  private static long grown(JsonNode before, JsonNode after, String field) {
    return after.get(field).asLong() - before.get(field).asLong();
  }

  @Test
  void confirmed_merged_and_rejected_reports_reach_their_reporters_and_close() throws Exception {
    JsonNode audited = residentsAudit();
    String machine = tickets.equipment();
    String confirmedPhone = phone();
    String confirmed = file(machine, "fitness-mechanical", confirmedPhone);
    assertEveryAuthorityPeerHolds(confirmed, confirmedPhone);
    String merged = file(machine, "fitness-surface", phone());
    String rejected = file(machine, "fitness-signage", phone());
    JsonNode pending =
        LiveGateway.json(gateway.get("inspector1", "api/v1/reports?state=REPORTED&size=500"));
    assertThat(pending.get("items").toString()).contains(confirmed, merged, rejected);
    assertThat(tracked(confirmed).get("status_notes").asString()).startsWith("Awaiting");

    JsonNode report = triage(confirmed, "{\"decision\":\"CONFIRM\",\"severity\":\"MAJOR\"}");
    assertThat(report.at("/triage/ticketId").asString()).isEqualTo(confirmed);
    JsonNode ticket = tickets.indexed(confirmed);
    assertThat(ticket.get("source").get("reportId").asString()).isEqualTo(confirmed);
    assertThat(ticket.get("company").asString()).isEqualTo("GREENFIX");
    assertThat(ticket.get("deadlines").get("repair").isNull()).isFalse();
    triage(merged, "{\"decision\":\"MERGE\",\"ticketId\":\"" + confirmed + "\"}");
    triage(rejected, "{\"decision\":\"REJECT\",\"reason\":\"the sign is the park's, not ours\"}");

    JsonNode audit = residentsAudit();
    assertThat(grown(audited, audit, "reported")).isEqualTo(3);
    assertThat(grown(audited, audit, "triaged")).isEqualTo(3);
    assertThat(grown(audited, audit, "confirmed")).isEqualTo(1);
    assertThat(grown(audited, audit, "merged")).isEqualTo(1);
    assertThat(grown(audited, audit, "rejected")).isEqualTo(1);
    assertThat(audit.at("/triageHours/median").isNumber()).isTrue();
    assertThat(audit.get("confirmedShare").asDouble())
        .isEqualTo((double) audit.get("confirmed").asLong() / audit.get("triaged").asLong());

    JsonNode open = tracked(confirmed);
    assertThat(open.get("status").asString()).isEqualTo("open");
    assertThat(open.get("agency_responsible").asString()).isEqualTo("GREENFIX");
    assertThat(open.get("expected_datetime").isNull()).isFalse();
    assertThat(tracked(merged).get("status_notes").asString()).contains(confirmed);
    JsonNode refused = tracked(rejected);
    assertThat(refused.get("status").asString()).isEqualTo("closed");
    assertThat(refused.get("status_notes").asString()).contains("the sign is the park's");

    tickets.step("contractor1", confirmed, "acknowledgement", "{\"note\":\"on our way\"}");
    tickets.step("contractor1", confirmed, "repair", TicketFixtures.REPAIR);
    assertThat(tracked(confirmed).get("status").asString()).isEqualTo("open");
    tickets.step("inspector1", confirmed, "verification", "{\"accepted\":true}");

    for (String id : new String[] {confirmed, merged}) {
      JsonNode closed = tracked(id);
      assertThat(closed.get("status").asString()).as(id).isEqualTo("closed");
      assertThat(closed.get("expected_datetime").isNull()).as(id).isTrue();
    }
    // Closed, and kept for no time on this stack: the purger removes the contacts on its own.
    for (String id : new String[] {confirmed, merged, rejected}) {
      waitFor(id + "'s contact purged", Duration.ofSeconds(60), () -> contactStatus(id) == 404);
      assertThat(Launcher.runDir().resolve("gateway/contact-keys/" + id + ".key")).doesNotExist();
      assertNoAuthorityPeerHolds(id);
    }
    assertThat(filesHolding(confirmedPhone)).isEmpty();
  }

  @Test
  void a_supervisor_purges_a_contact_at_any_time_and_nothing_of_it_is_left_readable()
      throws Exception {
    String machine = tickets.equipment();
    String byApi = phone();
    String byCli = phone();
    String first = file(machine, "fitness-other", byApi);
    String second = file(machine, "fitness-structural", byCli);
    Map<String, String> phones = Map.of(first, byApi, second, byCli);
    // Before: each contact reads back through the API, and is sealed in every Authority peer's
    // private data collection.
    for (Map.Entry<String, String> contact : phones.entrySet()) {
      String id = contact.getKey();
      HttpResponse<String> read = gateway.get("supervisor1", "api/v1/reports/" + id + "/contact");
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      assertThat(LiveGateway.json(read).get("contact").asString()).isEqualTo(contact.getValue());
      assertThat(Launcher.runDir().resolve("gateway/contact-keys/" + id + ".key")).exists();
      assertEveryAuthorityPeerHolds(id, contact.getValue());
    }

    HttpResponse<String> purged =
        gateway.delete("supervisor1", "api/v1/reports/" + first + "/contact");
    assertThat(purged.statusCode()).as(purged.body()).isEqualTo(200);
    assertThat(purged.body()).doesNotContain(byApi);
    Launcher.run("purge-contact", second);

    // After: no Authority peer's private store holds either, the API answers 404, the keys are
    // gone, and the reports themselves are untouched.
    for (String id : phones.keySet()) {
      assertNoAuthorityPeerHolds(id);
      assertThat(contactStatus(id)).as(id).isEqualTo(404);
      assertThat(Launcher.runDir().resolve("gateway/contact-keys/" + id + ".key")).doesNotExist();
      assertThat(tracked(id).get("status").asString()).isEqualTo("open");
    }
    assertThat(filesHolding(byApi)).isEmpty();
    assertThat(filesHolding(byCli)).isEmpty();
    assertThat(gateway.delete("inspector1", "api/v1/reports/" + second + "/contact").statusCode())
        .isEqualTo(403);
  }
}
