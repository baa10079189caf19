package org.fitledger.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The audit figures the records an {@link AuditWorld} wrote must give, computed here from those
 * records alone, independently of the gateway's SQL.
 */
final class AuditExpectations {
  static final List<String> LEVELS = List.of("ROUTINE", "FUNCTIONAL", "STRUCTURAL");

  private AuditExpectations() {}

  /**
   * The shortest reporting period of the API (a month, else its quarter, else its year) that holds
   * every instant, so that a world written across a month's end is still reported whole.
   */
  static String periodHolding(Collection<Instant> instants) {
    List<YearMonth> months =
        instants.stream().map(i -> YearMonth.from(i.atZone(ZoneOffset.UTC))).sorted().toList();
    YearMonth first = months.get(0);
    YearMonth last = months.get(months.size() - 1);
    if (first.equals(last)) {
      return first.toString();
    }
    if (first.getYear() != last.getYear()) {
      throw new IllegalStateException(
          "the records span the end of a year ("
              + first
              + " to "
              + last
              + "); no period holds them");
    }
    int quarter = (first.getMonthValue() - 1) / 3;
    if (quarter == (last.getMonthValue() - 1) / 3) {
      return first.getYear() + "-Q" + (quarter + 1);
    }
    return Integer.toString(first.getYear());
  }

  /** One coverage row: pieces, overdue, never inspected. */
  record Coverage(long equipment, long overdue, long neverInspected) {}

  /** Coverage by "district level" as of an instant, at a depth. */
  static Map<String, Coverage> coverage(AuditWorld world, Instant at, int depth) {
    Map<String, long[]> counts = new TreeMap<>();
    for (AuditWorld.Piece piece : world.pieces.values()) {
      if (piece.registeredAt().isAfter(at)) {
        continue;
      }
      for (String level : LEVELS) {
        Instant last = lastInspection(world, piece.id(), level, at);
        Instant due =
            (last == null ? piece.registeredAt() : last)
                .plus(Duration.ofDays(piece.intervals().get(level)));
        long[] c =
            counts.computeIfAbsent(
                prefix(piece.districtPath(), depth) + " " + level, k -> new long[3]);
        c[0]++;
        c[1] += due.isBefore(at) ? 1 : 0;
        c[2] += last == null ? 1 : 0;
      }
    }
    Map<String, Coverage> rows = new TreeMap<>();
    counts.forEach((k, c) -> rows.put(k, new Coverage(c[0], c[1], c[2])));
    return rows;
  }

  /** The pieces overdue for a level as of an instant. */
  static TreeSet<String> overdue(AuditWorld world, String level, Instant at) {
    TreeSet<String> ids = new TreeSet<>();
    for (AuditWorld.Piece piece : world.pieces.values()) {
      if (piece.registeredAt().isAfter(at)) {
        continue;
      }
      Instant last = lastInspection(world, piece.id(), level, at);
      Instant due =
          (last == null ? piece.registeredAt() : last)
              .plus(Duration.ofDays(piece.intervals().get(level)));
      if (due.isBefore(at)) {
        ids.add(piece.id());
      }
    }
    return ids;
  }

  /** The latest ledger time of a patrol that inspected the piece at the level or above. */
  static Instant lastInspection(AuditWorld world, String equipmentId, String level, Instant at) {
    Instant last = null;
    for (AuditWorld.Written patrol : world.patrols) {
      Instant recorded = Instant.parse(patrol.record().get("recordedAt").asString());
      if (recorded.isAfter(at)) {
        continue;
      }
      for (JsonNode inspection : patrol.record().get("inspections")) {
        boolean satisfies =
            inspection.get("equipmentId").asString().equals(equipmentId)
                && LEVELS.indexOf(inspection.get("level").asString()) >= LEVELS.indexOf(level)
                && !inspection.get("condition").asString().equals("NOT_ACCESSIBLE");
        if (satisfies && (last == null || recorded.isAfter(last))) {
          last = recorded;
        }
      }
    }
    return last;
  }

  /** The first segments of a district path. */
  static String prefix(String path, int depth) {
    String[] segments = path.split("/");
    return String.join("/", List.of(segments).subList(0, Math.min(depth, segments.length)));
  }

  /** SLA figures of a group of tickets, as their last written records say. */
  record Sla(
      long tickets,
      long[] acknowledge,
      long[] makeSafe,
      long[] repair,
      List<Double> hoursToAcknowledge,
      List<Double> hoursToRepair,
      long rejected,
      long repaired,
      long overdueNow) {}

  /** The SLA figures of the world's tickets that the filter keeps, at {@code now}. */
  static Sla sla(AuditWorld world, Predicate<JsonNode> keep, Instant now) {
    long tickets = 0;
    long[] ack = new long[2];
    long[] safe = new long[2];
    long[] repair = new long[2];
    List<Double> toAck = new ArrayList<>();
    List<Double> toRepair = new ArrayList<>();
    long rejected = 0;
    long repaired = 0;
    long overdue = 0;
    for (String id : world.tickets.keySet()) {
      JsonNode ticket = world.ticket(id);
      if (!keep.test(ticket)) {
        continue;
      }
      tickets++;
      Instant opened = Instant.parse(ticket.get("openedAt").asString());
      Instant firstAck = null;
      Instant firstRepair = null;
      for (JsonNode step : ticket.get("steps")) {
        String action = step.get("action").asString();
        Instant at = Instant.parse(step.get("at").asString());
        boolean onTime = step.get("onTime").asBoolean(false);
        switch (action) {
          case "ACKNOWLEDGE" -> {
            count(ack, onTime);
            firstAck = firstAck == null ? at : firstAck;
          }
          case "MAKE_SAFE" -> count(safe, onTime);
          case "REPAIR" -> {
            count(repair, onTime);
            firstRepair = firstRepair == null ? at : firstRepair;
          }
          default -> {}
        }
      }
      if (firstAck != null) {
        toAck.add(hours(opened, firstAck));
      }
      if (firstRepair != null) {
        toRepair.add(hours(opened, firstRepair));
        repaired++;
      }
      rejected += ticket.get("rework").asInt() > 0 ? 1 : 0;
      overdue += overdueStep(ticket, now) == null ? 0 : 1;
    }
    return new Sla(tickets, ack, safe, repair, toAck, toRepair, rejected, repaired, overdue);
  }

  /** The step a ticket is overdue for at {@code now}, by the contract's rule, or null. */
  static String overdueStep(JsonNode ticket, Instant now) {
    JsonNode deadlines = ticket.get("deadlines");
    String state = ticket.get("state").asString();
    String step =
        switch (state) {
          case "OPEN" -> "acknowledge";
          case "ACKNOWLEDGED" ->
              ticket.get("severity").asString().equals("CRITICAL")
                      && !ticket.get("madeSafe").asBoolean()
                  ? "makeSafe"
                  : "repair";
          case "MADE_SAFE" -> "repair";
          default -> null;
        };
    if (step == null || deadlines == null || deadlines.get(step).isNull()) {
      return null;
    }
    return Instant.parse(deadlines.get(step).asString()).isBefore(now) ? step : null;
  }

  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void count(long[] figures, boolean onTime) {
    figures[0]++;
    figures[1] += onTime ? 1 : 0;
  }

  private static double hours(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 3.6e12;
  }
}
