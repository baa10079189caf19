package org.fitledger.gateway.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The JSON bodies the benchmark sends, built as text to keep the clients' own cost low. */
final class Bodies {
  static final String DISTRICT_PATH = "SH/PD/BENCH/C01";
  static final double LATITUDE = 31.2304;
  static final double LONGITUDE = 121.4737;
  static final String PHOTO = "ab".repeat(32);
  private static final String SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":4,\"makeSafeHours\":24,\"repairHours\":72},"
          + "\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
          + "\"MINOR\":{\"acknowledgeHours\":72,\"repairHours\":720}}";

  private Bodies() {}

  /** A contract of {@code company} scoped to one site, valid from yesterday for 30 days. */
  static String contract(String id, String company, String site) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return "{\"id\":\""
        + id
        + "\",\"company\":\""
        + company
        + "\",\"districts\":[],\"sites\":[\""
        + site
        + "\"],\"validFrom\":\""
        + today.minusDays(1)
        + "\",\"validTo\":\""
        + today.plusDays(30)
        + "\",\"sla\":"
        + SLA
        + "}";
  }

  /** A piece of equipment at a site in {@link #DISTRICT_PATH}. */
  static String equipment(Seed.Equipment equipment, String site) {
    return "{\"id\":\""
        + equipment.id()
        + "\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"P1\",\"serial\":\"S-"
        + equipment.id()
        + "\",\"site\":\""
        + site
        + "\",\"districtPath\":\""
        + DISTRICT_PATH
        + "\",\"latitude\":"
        + equipment.latitude()
        + ",\"longitude\":"
        + equipment.longitude()
        + ",\"installedOn\":\"2024-05-01\",\"warrantyUntil\":null,\"inspectionIntervals\":"
        + "{\"ROUTINE\":7,\"FUNCTIONAL\":30,\"STRUCTURAL\":365}}";
  }

  /**
   * A patrol with one ROUTINE inspection of each target, a few metres from it: the first {@code
   * defects} find a MINOR surface defect (each of which opens a ticket), the others are OK.
   */
  static String patrol(String id, List<Seed.Equipment> targets, int defects) {
    StringBuilder json = new StringBuilder(512 * targets.size());
    json.append("{\"id\":\"").append(id).append("\",\"inspections\":[");
    String observedAt = Instant.now().toString();
    for (int i = 0; i < targets.size(); i++) {
      Seed.Equipment target = targets.get(i);
      boolean defect = i < defects;
      json.append(i == 0 ? "" : ",")
          .append("{\"equipmentId\":\"")
          .append(target.id())
          .append("\",\"level\":\"ROUTINE\",\"condition\":\"")
          .append(defect ? "DEFECT" : "OK")
          .append("\",\"checklist\":{\"bolts\":\"PASS\",\"frame\":\"PASS\",\"surface\":\"")
          .append(defect ? "FAIL" : "PASS")
          .append("\",\"signage\":\"PASS\",\"ground\":\"NA\"},\"notes\":\"")
          .append(defect ? "paint peeling" : "all fine")
          .append("\",\"photoHashes\":[\"")
          .append(PHOTO)
          .append("\"],\"gps\":{\"latitude\":")
          .append(target.latitude() + 0.00002)
          .append(",\"longitude\":")
          .append(target.longitude())
          .append(",\"accuracyMeters\":5},\"observedAt\":\"")
          .append(observedAt)
          .append('"');
      if (defect) {
        json.append(
            ",\"defect\":{\"severity\":\"MINOR\",\"category\":\"SURFACE\","
                + "\"description\":\"paint peeling\"}");
      }
      json.append('}');
    }
    return json.append("]}").toString();
  }

  static String acknowledgement() {
    return "{\"note\":\"on our way\"}";
  }

  static String repair() {
    return "{\"note\":\"repainted\",\"photoHashes\":[\"" + PHOTO + "\"]}";
  }

  static String verification(boolean accepted) {
    return accepted
        ? "{\"accepted\":true,\"reason\":\"\"}"
        : "{\"accepted\":false,\"reason\":\"still peeling\"}";
  }
}
