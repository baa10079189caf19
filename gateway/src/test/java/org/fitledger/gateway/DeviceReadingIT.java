package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Connected machines on the running stack, through the device simulator ({@code ./fitledger
 * device}): a device identity from the Authority's CA signs its machine's readings; a fault opens a
 * ticket under the covering contract's SLA; the usage counts make the machine's wear; and a device
 * that reports for another machine is refused by the chaincode, while an unsigned or forged reading
 * does not reach the ledger at all. The audit of reports by source counts the fault as a device's,
 * in the machine's district (one of this class's own).
 */
class DeviceReadingIT {
  private static final LiveGateway gateway = LiveGateway.fromEnvironment();
  private static final String DISTRICT = LiveGateway.freshDistrict();
  private static String machine;
  private static String other;

  @BeforeAll
  static void aMachineWithItsDevice() throws Exception {
    TicketFixtures fixtures = new TicketFixtures(gateway, "GREENFIX", "contractor1");
    machine = fixtures.equipmentIn(DISTRICT);
    other = fixtures.equipment();
    Launcher.run(Duration.ofMinutes(3), "add-device", machine);
  }

  private static LedgerCli.Result device(String... args) throws Exception {
    return Launcher.exec(Duration.ofMinutes(2), List.of(args));
  }

  private static JsonNode wear(String district, String id) {
    HttpResponse<String> audit =
        gateway.get("supervisor1", "api/v1/audit/wear?district=" + district);
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    for (JsonNode row : LiveGateway.json(audit)) {
      if (row.get("equipmentId").asString().equals(id)) {
        return row;
      }
    }
    return null;
  }

  @Test
  void a_device_s_fault_opens_a_ticket_and_its_counts_make_the_machine_s_wear() throws Exception {
    Map<String, JsonNode> audited = ReportSourcesAudit.read(gateway, DISTRICT);
    String first = "r-" + UUID.randomUUID();
    String fault = "r-" + UUID.randomUUID();
    LedgerCli.Result used = device("device", machine, "--usage", "100", "--id", first);
    assertThat(used.exitCode()).as(used.output()).isZero();
    LedgerCli.Result broken =
        device(
            "device", machine, "--usage", "130", "--fault", "E12:MAJOR:MECHANICAL", "--id", fault);
    assertThat(broken.exitCode()).as(broken.output()).isZero();

    JsonNode ticket = LiveGateway.json(gateway.get("supervisor1", "api/v1/tickets/" + fault));
    assertThat(ticket.get("equipmentId").asString()).isEqualTo(machine);
    assertThat(ticket.at("/source/readingId").asString()).isEqualTo(fault);
    assertThat(ticket.get("severity").asString()).isEqualTo("MAJOR");
    assertThat(ticket.get("company").asString()).isEqualTo("GREENFIX");
    assertThat(ticket.at("/steps/0/by").asString()).isEqualTo("device-" + machine);
    assertThat(ticket.at("/deadlines/repair").isNull()).isFalse();

    JsonNode wear = wear(DISTRICT, machine);
    assertThat(wear).isNotNull();
    assertThat(wear.get("usageCount").asLong()).isEqualTo(130);
    assertThat(wear.get("uses").asLong()).isEqualTo(30);

    // One fault reported, by the device, which opened a ticket of its own: confirmed at once. The
    // reading without a fault is no report.
    Map<String, JsonNode> audit = ReportSourcesAudit.read(gateway, DISTRICT);
    ReportSourcesAudit.assertGrew(audited, audit, Map.of("device", new long[] {1, 1, 1, 0, 0}));
    assertThat(audit.get("device").get("confirmedShare").asDouble()).isEqualTo(1.0);
  }

  @Test
  void a_device_reporting_for_another_machine_is_refused_by_the_chaincode() throws Exception {
    LedgerCli.Result refused = device("device", other, "--usage", "5", "--as", "device-" + machine);

    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output()).startsWith("403 ").contains("ACCESS_DENIED", "only");
    assertThat(wear(LiveGateway.DISTRICT_PATH, other)).isNull();
  }

  @Test
  void an_unsigned_forged_or_unknown_device_s_reading_reaches_no_ledger() throws Exception {
    String body =
        "{\"id\":\"r-forged\",\"equipmentId\":\""
            + machine
            + "\",\"observedAt\":\"2026-12-07T00:00:00Z\",\"usageCount\":999999}";
    HttpClient http = HttpClient.newHttpClient();
    for (String[] headers :
        new String[][] {
          {"X-FitLedger-Device", "device-" + machine},
          {"X-FitLedger-Device", "device-" + machine, "X-FitLedger-Signature", "AAAA"},
          {"X-FitLedger-Device", "supervisor1", "X-FitLedger-Signature", "AAAA"},
          {"X-FitLedger-Device", "device-nobody", "X-FitLedger-Signature", "AAAA"}
        }) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(gateway.base() + "ingress/v1/readings"))
                  .headers(headers)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
    }
    JsonNode wear = wear(DISTRICT, machine);
    assertThat(wear == null || wear.get("usageCount").asLong() != 999999).isTrue();
  }
}
