package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tickets in the state a test needs, on the live stack: a site of its own covered by one company's
 * contract, fresh equipment there per ticket, opened by supervisor1 and advanced by a contractor of
 * that company through REST.
 */
final class TicketFixtures {
  static final String PHOTO = "cd".repeat(32);
  static final String USUAL_SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":4,\"makeSafeHours\":24,\"repairHours\":72},"
          + "\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
          + "\"MINOR\":{\"acknowledgeHours\":72,\"repairHours\":720}}";
  static final String REPAIR =
      "{\"note\":\"fixed\",\"photoHashes\":[\"" + TicketFixtures.PHOTO + "\"]}";

  private final LiveGateway gateway;
  private final String site;
  private final String contractId;
  private final String contractor;

  /**
   * Registers a contract of {@code company} for a new site; {@code contractor} (of that company)
   * advances the tickets.
   */
  TicketFixtures(LiveGateway gateway, String company, String contractor) {
    this.gateway = gateway;
    this.site = "IT site " + UUID.randomUUID();
    this.contractId = gateway.freshContract(company, site, USUAL_SLA);
    this.contractor = contractor;
  }

  String site() {
    return site;
  }

  String contractId() {
    return contractId;
  }

  /** Fresh equipment at the covered site. */
  String equipment() {
    return gateway.freshEquipment(site);
  }

  /** Fresh equipment at the covered site, in a district of SH/PD the test chooses. */
  String equipmentIn(String district) {
    return gateway.freshEquipmentIn(site, district);
  }

  /** The body that opens ticket {@code id}: a mechanical fault of the severity on the equipment. */
  static String opening(String id, String equipment, String severity) {
    return "{\"id\":\""
        + id
        + "\",\"equipmentId\":\""
        + equipment
        + "\",\"severity\":\""
        + severity
        + "\",\"category\":\"MECHANICAL\",\"description\":\"loose bolt\"}";
  }

  /** An OPEN ticket of the severity on fresh equipment at the site. */
  String open(String severity) {
    String id = "it-t-" + UUID.randomUUID();
    HttpResponse<String> opened =
        gateway.post("supervisor1", "api/v1/tickets", opening(id, equipment(), severity));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return id;
  }

  /** An ACKNOWLEDGED ticket. */
  String acknowledged(String severity) {
    String id = open(severity);
    step(contractor, id, "acknowledgement", "{\"note\":\"seen\"}");
    return id;
  }

  /** A REPAIRED ticket (not CRITICAL, so no make-safe step is needed). */
  String repaired(String severity) {
    String id = acknowledged(severity);
    step(contractor, id, "repair", REPAIR);
    return id;
  }

  /** A ticket step through REST that must be accepted; the written record. */
  JsonNode step(String user, String ticket, String resource, String body) {
    HttpResponse<String> answer =
        gateway.post(user, "api/v1/tickets/" + ticket + "/" + resource, body);
    assertThat(answer.statusCode()).as(user + " " + resource + ": " + answer.body()).isEqualTo(200);
    return LiveGateway.json(answer).get("record");
  }

  /** The ticket from the index, as supervisor1 (who sees every ticket) reads it. */
  JsonNode indexed(String ticket) {
    HttpResponse<String> read = gateway.get("supervisor1", "api/v1/tickets/" + ticket);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return LiveGateway.json(read);
  }

  /** The ticket from the ledger, read with the peer CLI as the Authority admin. */
  static JsonNode onLedger(String ticket) throws IOException, InterruptedException {
    LedgerCli.Result read = LedgerCli.query("authority", "readTicket", ticket);
    assertThat(read.exitCode()).as(read.output()).isZero();
    return JsonMapper.shared().readTree(read.output());
  }
}
