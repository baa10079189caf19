package org.fitledger.gateway.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fault ticket of the simulation, advanced step by step as the chaincode would: each step is
 * appended with whether it met its deadline, the state, rework and made-safe flag follow the
 * lifecycle, and {@link #record} is the whole stored {@code Ticket} after the latest step.
 */
final class SimulatedTicket {
  private static final String ACK = "ACKNOWLEDGE";

  final String id;
  final String severity;
  final String company;
  final String inspector;
  final Instant openedAt;
  final Instant acknowledgeBy;
  final Instant makeSafeBy;
  final Instant repairBy;
  private final ObjectNode opened;
  private final List<ObjectNode> steps = new ArrayList<>();
  private String state = "OPEN";
  private int rework;
  private boolean madeSafe;
  private String txId;

  SimulatedTicket(
      String id,
      ObjectNode equipment,
      ObjectNode defect,
      String patrolId,
      int inspection,
      String inspector,
      String company,
      Instant openedAt,
      String txId) {
    this.id = id;
    this.severity = defect.get("severity").asString();
    this.company = company;
    this.inspector = inspector;
    this.openedAt = openedAt;
    this.txId = txId;
    Sla sla = Sla.of(severity);
    this.acknowledgeBy = openedAt.plus(sla.acknowledge());
    this.makeSafeBy = sla.makeSafe() == null ? null : openedAt.plus(sla.makeSafe());
    this.repairBy = openedAt.plus(sla.repair());
    ObjectNode t = LedgerRecords.JSON.createObjectNode();
    t.put("id", id);
    t.put("equipmentId", equipment.get("id").asString());
    t.put("districtPath", equipment.get("districtPath").asString());
    t.put("site", equipment.get("site").asString());
    t.put("severity", severity);
    t.put("category", defect.get("category").asString());
    t.put("description", defect.get("description").asString());
    ObjectNode source = t.putObject("source");
    source.put("patrolId", patrolId);
    source.put("inspection", inspection);
    t.put("openedBy", inspector);
    t.put("openedAt", openedAt.toString());
    t.put("company", company);
    t.put("contractId", "C-" + company);
    t.put("slaVersion", 1);
    ObjectNode deadlines = t.putObject("deadlines");
    deadlines.put("acknowledge", acknowledgeBy.toString());
    deadlines.put("makeSafe", makeSafeBy == null ? null : makeSafeBy.toString());
    deadlines.put("repair", repairBy.toString());
    this.opened = t;
    steps.add(
        LedgerRecords.step(
            "OPEN", inspector, "PatrolMSP", null, openedAt, txId, null, null, null, null));
  }

  /** The contractor acknowledges. */
  void acknowledge(String crew, Instant at, String tx) {
    contractorStep(ACK, crew, at, tx, acknowledgeBy, "on our way", null);
    state = "ACKNOWLEDGED";
  }

  /** The contractor makes a CRITICAL fault safe. */
  void makeSafe(String crew, Instant at, String tx, String photo) {
    contractorStep("MAKE_SAFE", crew, at, tx, makeSafeBy, "taped off", photo);
    state = "MADE_SAFE";
    madeSafe = true;
  }

  /** The contractor confirms a repair. */
  void repair(String crew, Instant at, String tx, String photo) {
    contractorStep("REPAIR", crew, at, tx, repairBy, "fixed", photo);
    state = "REPAIRED";
  }

  /** The inspector accepts or rejects the repair. */
  void verify(boolean accepted, Instant at, String tx) {
    steps.add(
        LedgerRecords.step(
            accepted ? "ACCEPT" : "REJECT",
            inspector,
            "PatrolMSP",
            null,
            at,
            tx,
            null,
            null,
            null,
            accepted ? "" : "still loose"));
    state = accepted ? "CLOSED" : "ACKNOWLEDGED";
    rework += accepted ? 0 : 1;
    txId = tx;
  }

  boolean critical() {
    return "CRITICAL".equals(severity);
  }

  int rework() {
    return rework;
  }

  /** The stored record after the latest step. */
  ObjectNode record() {
    ObjectNode t = opened.deepCopy();
    t.put("state", state);
    t.put("rework", rework);
    t.put("madeSafe", madeSafe);
    ArrayNode list = t.putArray("steps");
    steps.forEach(list::add);
    t.put("txId", txId);
    return t;
  }

  private void contractorStep(
      String action, String crew, Instant at, String tx, Instant deadline, String note, String p) {
    steps.add(
        LedgerRecords.step(
            action, crew, "ContractorMSP", company, at, tx, !at.isAfter(deadline), note, p, null));
    txId = tx;
  }

  /** The default SLA terms of the domain: acknowledge, make safe (CRITICAL) and repair. */
  record Sla(Duration acknowledge, Duration makeSafe, Duration repair) {
    static Sla of(String severity) {
      return switch (severity) {
        case "CRITICAL" -> new Sla(Duration.ofHours(4), Duration.ofHours(24), Duration.ofHours(72));
        case "MAJOR" -> new Sla(Duration.ofHours(24), null, Duration.ofHours(168));
        default -> new Sla(Duration.ofHours(72), null, Duration.ofHours(720));
      };
    }
  }
}
