package org.fitledger.gateway.bench;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ledger records exactly as the chaincode stores them (its records' field order, nulls written,
 * instants as {@code Instant.toString()}), and the event payload of a transaction that wrote them,
 * carrying the records themselves as older transactions did: {@code
 * {"changes":[{"kind":"patrol","record":{...}}]}}. The indexer reads that form as it reads the
 * current one, which names the records in the write set.
 */
final class LedgerRecords {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private LedgerRecords() {}

  /** A registered piece of equipment ({@code Equipment}). */
  static ObjectNode equipment(
      String id,
      String site,
      String districtPath,
      double latitude,
      double longitude,
      int routineDays,
      String registeredBy,
      Instant registeredAt,
      String txId) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", id);
    e.put("type", "pull-up bar");
    e.put("make", "Acme");
    e.put("model", "PB-2");
    e.put("serial", "SN-" + id);
    e.put("site", site);
    e.put("districtPath", districtPath);
    e.put("latitude", latitude);
    e.put("longitude", longitude);
    e.put("installedOn", "2024-05-01");
    e.putNull("warrantyUntil");
    ObjectNode intervals = e.putObject("inspectionIntervals");
    intervals.put("ROUTINE", routineDays);
    intervals.put("FUNCTIONAL", 30);
    intervals.put("STRUCTURAL", 365);
    e.put("retired", false);
    e.put("registeredBy", registeredBy);
    e.put("registeredAt", registeredAt.toString());
    e.put("updatedAt", registeredAt.toString());
    e.put("txId", txId);
    return e;
  }

  /** A patrol ({@code Patrol}) with its inspections. */
  static ObjectNode patrol(
      String id, String inspector, Instant recordedAt, String txId, List<ObjectNode> inspections) {
    ObjectNode p = JSON.createObjectNode();
    p.put("id", id);
    p.put("inspector", inspector);
    p.put("inspectorMsp", "PatrolMSP");
    p.put("recordedAt", recordedAt.toString());
    p.put("txId", txId);
    ArrayNode list = p.putArray("inspections");
    inspections.forEach(list::add);
    return p;
  }

  /** One stored inspection ({@code Inspection}); {@code defect} is null unless DEFECT. */
  static ObjectNode inspection(
      String equipmentId,
      String level,
      String condition,
      double latitude,
      double longitude,
      Instant observedAt,
      ObjectNode defect,
      double distanceMeters,
      boolean withinTolerance,
      String photoHash) {
    ObjectNode i = JSON.createObjectNode();
    i.put("equipmentId", equipmentId);
    i.put("level", level);
    i.put("condition", condition);
    ObjectNode checklist = i.putObject("checklist");
    checklist.put("bolts", condition.equals("DEFECT") ? "FAIL" : "PASS");
    checklist.put("surface", "PASS");
    i.put("notes", "");
    ArrayNode photos = i.putArray("photoHashes");
    if (photoHash != null) {
      photos.add(photoHash);
    }
    ObjectNode gps = i.putObject("gps");
    gps.put("latitude", latitude);
    gps.put("longitude", longitude);
    gps.put("accuracyMeters", 8.0);
    i.put("observedAt", observedAt.toString());
    if (defect == null) {
      i.putNull("defect");
    } else {
      i.set("defect", defect);
    }
    i.put("distanceMeters", distanceMeters);
    i.put("withinTolerance", withinTolerance);
    return i;
  }

  /** A defect ({@code Defect}). */
  static ObjectNode defect(String severity, String category) {
    ObjectNode d = JSON.createObjectNode();
    d.put("severity", severity);
    d.put("category", category);
    d.put("description", "found on patrol");
    return d;
  }

  /** A ticket step ({@code Step}). */
  static ObjectNode step(
      String action,
      String by,
      String byMsp,
      String company,
      Instant at,
      String txId,
      Boolean onTime,
      String note,
      String photoHash,
      String reason) {
    ObjectNode s = JSON.createObjectNode();
    s.put("action", action);
    s.put("by", by);
    s.put("byMsp", byMsp);
    s.put("company", company);
    s.put("at", at.toString());
    s.put("txId", txId);
    if (onTime == null) {
      s.putNull("onTime");
    } else {
      s.put("onTime", onTime);
    }
    s.put("note", note);
    ArrayNode photos = s.putArray("photoHashes");
    if (photoHash != null) {
      photos.add(photoHash);
    }
    s.put("reason", reason);
    return s;
  }

  /** The payload of a transaction's event: every record it wrote, in write order. */
  static String payload(List<Change> changes) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("changes");
    for (Change change : changes) {
      ObjectNode c = list.addObject();
      c.put("kind", change.kind());
      c.set("record", change.record());
    }
    return JSON.writeValueAsString(root);
  }

  /** One record a transaction wrote. */
  record Change(String kind, JsonNode record) {}
}
