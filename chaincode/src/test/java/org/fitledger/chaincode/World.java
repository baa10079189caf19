package org.fitledger.chaincode;

import java.util.ArrayList;
import java.util.List;
import org.fitledger.chaincode.contract.ContractService;
import org.fitledger.chaincode.equipment.EquipmentRegistry;
import org.fitledger.chaincode.patrol.PatrolService;
import org.fitledger.chaincode.report.ReportService;
import org.fitledger.chaincode.report.ReporterContacts;
import org.fitledger.chaincode.settings.SettingsService;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.Fixtures;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.ticket.TicketLifecycle;
import org.fitledger.chaincode.ticket.TicketService;
import org.fitledger.chaincode.ticket.TicketStore;

/**
 * Every service wired over one in-memory ledger, with builders for the requests the tests send. The
 * default scene: equipment EQ-1 at site Riverside in {@code SH/PD/ZJ/C01}, and contract C-1 of
 * GREENFIX covering {@code SH/PD} with the default SLA of DOMAIN.md.
 */
public final class World {
  public static final String PATH = "SH/PD/ZJ/C01";
  public static final double LAT = 31.2304;
  public static final double LON = 121.4737;
  public static final String HASH = "a".repeat(64);
  public static final String DEFAULT_SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":4,\"makeSafeHours\":24,\"repairHours\":72},"
          + "\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
          + "\"MINOR\":{\"acknowledgeHours\":72,\"repairHours\":720}}";

  public final InMemoryLedger ledger = new InMemoryLedger();
  public final JsonCodec json;
  public final TicketStore store;
  public final EquipmentRegistry equipment;
  public final SettingsService settings;
  public final ContractService contracts;
  public final TicketService tickets;
  public final TicketLifecycle lifecycle;
  public final PatrolService patrols;
  public final ReportService reports;
  public final ReporterContacts contacts;

  /** An empty world with its own codec. */
  public World() {
    this(new JsonCodec());
  }

  /**
   * An empty world reading and writing with {@code json}: a codec is stateless but costly to build
   * (milliseconds), so property tests that make a world per try share one.
   */
  public World(JsonCodec json) {
    this.json = json;
    store = new TicketStore(json);
    equipment = new EquipmentRegistry(json, store);
    settings = new SettingsService(json);
    contracts = new ContractService(json);
    tickets = new TicketService(json, store, equipment, contracts);
    lifecycle = new TicketLifecycle(json, store, contracts);
    patrols = new PatrolService(json, equipment, settings, store, tickets);
    reports = new ReportService(json, equipment, store, tickets);
    contacts = new ReporterContacts(json, reports);
  }

  /** Registers EQ-1 and contract C-1 as supervisor1. */
  public World withDefaultScene() {
    equipment.register(ledger.tx(Fixtures.SUPERVISOR), equipmentJson("EQ-1", PATH));
    contracts.register(
        ledger.tx(Fixtures.SUPERVISOR), contractJson("C-1", "GREENFIX", "[\"SH/PD\"]", "[]"));
    return this;
  }

  /** An equipment request at the default position. */
  public static String equipmentJson(String id, String districtPath) {
    return equipmentJson(id, districtPath, "Riverside");
  }

  /** An equipment request at the default position and the given site. */
  public static String equipmentJson(String id, String districtPath, String site) {
    return "{\"id\":\""
        + id
        + "\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"PB-2\",\"serial\":\"S-"
        + id
        + "\",\"site\":\""
        + site
        + "\",\"districtPath\":\""
        + districtPath
        + "\",\"latitude\":"
        + LAT
        + ",\"longitude\":"
        + LON
        + ",\"installedOn\":\"2024-05-01\",\"warrantyUntil\":\"2027-04-30\","
        + "\"inspectionIntervals\":{\"ROUTINE\":7,\"FUNCTIONAL\":30,\"STRUCTURAL\":365}}";
  }

  /** A contract request valid through 2026 and 2027 with the default SLA. */
  public static String contractJson(String id, String company, String districts, String sites) {
    return "{\"id\":\""
        + id
        + "\",\"company\":\""
        + company
        + "\",\"districts\":"
        + districts
        + ",\"sites\":"
        + sites
        + ",\"validFrom\":\"2026-01-01\",\"validTo\":\"2027-12-31\",\"sla\":"
        + DEFAULT_SLA
        + "}";
  }

  /** An inspection at the equipment's position; {@code severity} null means condition OK. */
  public static String inspectionJson(String equipmentId, String severity) {
    String defect =
        severity == null
            ? ""
            : ",\"defect\":{\"severity\":\""
                + severity
                + "\",\"category\":\"MECHANICAL\",\"description\":\"loose bolt\"}";
    return "{\"equipmentId\":\""
        + equipmentId
        + "\",\"level\":\"ROUTINE\",\"condition\":\""
        + (severity == null ? "OK" : "DEFECT")
        + "\",\"checklist\":{\"bolts\":\"PASS\",\"surface\":\"NA\"},\"notes\":\"\","
        + "\"photoHashes\":[\""
        + HASH
        + "\"],\"gps\":{\"latitude\":"
        + LAT
        + ",\"longitude\":"
        + LON
        + ",\"accuracyMeters\":5},\"observedAt\":\"2026-11-21T09:59:00Z\""
        + defect
        + "}";
  }

  /** A patrol of the given inspections. */
  public static String patrolJson(String id, String... inspections) {
    return "{\"id\":\"" + id + "\",\"inspections\":[" + String.join(",", inspections) + "]}";
  }

  /** A supervisor's ticket request. */
  public static String ticketJson(String id, String equipmentId, String severity) {
    return "{\"id\":\""
        + id
        + "\",\"equipmentId\":\""
        + equipmentId
        + "\",\"severity\":\""
        + severity
        + "\",\"category\":\"MECHANICAL\",\"description\":\"broken\"}";
  }

  /** Opens ticket {@code id} on EQ-1 as supervisor1. */
  public String openTicket(String id, String severity) {
    return tickets.open(ledger.tx(Fixtures.SUPERVISOR), ticketJson(id, "EQ-1", severity));
  }

  /** Runs {@code steps} of the happy path as the usual people; returns the last result. */
  public String advance(String ticketId, String... steps) {
    List<String> results = new ArrayList<>();
    for (String step : steps) {
      results.add(step(ticketId, step));
    }
    return results.get(results.size() - 1);
  }

  private String step(String ticketId, String step) {
    switch (step) {
      case "ack":
        return lifecycle.acknowledge(ledger.tx(Fixtures.CONTRACTOR), ticketId, "{\"note\":\"ok\"}");
      case "safe":
        return lifecycle.makeSafe(
            ledger.tx(Fixtures.CONTRACTOR), ticketId, "{\"note\":\"fenced\",\"photoHashes\":[]}");
      case "repair":
        return lifecycle.confirmRepair(ledger.tx(Fixtures.CONTRACTOR), ticketId, evidence());
      case "accept":
        return lifecycle.verify(ledger.tx(Fixtures.INSPECTOR), ticketId, "{\"accepted\":true}");
      case "reject":
        return lifecycle.verify(
            ledger.tx(Fixtures.INSPECTOR), ticketId, "{\"accepted\":false,\"reason\":\"loose\"}");
      default:
        throw new IllegalArgumentException(step);
    }
  }

  /** Repair evidence with one photo. */
  public static String evidence() {
    return "{\"note\":\"replaced\",\"photoHashes\":[\"" + HASH + "\"]}";
  }

  /** A caller with explicit attributes. */
  public static Caller caller(String msp, String role, String districts, String company) {
    return new Caller(msp, "someone", role, districts, company);
  }
}
