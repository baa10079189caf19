package org.fitledger.gateway.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * A year of ledger transactions, in time order, from a fixed seed: the equipment registered in 2
 * cities of 5 districts, 4 streets and 5 communities each; patrols by the inspectors of each
 * district, each inspecting equipment of one street at the ROUTINE, FUNCTIONAL or STRUCTURAL level,
 * a few with a GPS fix beyond the tolerance, a few finding a DEFECT that opens a ticket in the same
 * transaction; and each ticket's steps by its company's crews and the inspector (some late, some
 * rejected, some never taken), each step a transaction of its own that writes the whole ticket.
 * Transactions after {@link #END} are not made: tickets still open then are in every state.
 */
public final class LedgerSimulation {
  /** When the first patrol is recorded. */
  static final Instant START = Instant.parse("2025-12-01T00:00:00Z");

  /** The end of the simulated year, and the instant the audit is measured at. */
  static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

  static final List<String> CITIES = List.of("SH", "BJ");
  static final List<List<String>> DISTRICTS =
      List.of(List.of("PD", "XH", "JA", "HP", "MH"), List.of("HD", "CY", "XC", "DC", "FT"));
  static final List<List<String>> COMPANIES =
      List.of(List.of("GREENFIX", "FIXRIGHT"), List.of("BJREPAIR", "CAPITALFIX"));
  private static final int STREETS = 4;
  private static final int COMMUNITIES = 5;
  private static final int INSPECTORS_PER_DISTRICT = 10;
  private static final int COMMUNITY_COUNT =
      CITIES.size() * DISTRICTS.get(0).size() * STREETS * COMMUNITIES;
  private static final List<String> CATEGORIES =
      List.of("STRUCTURAL", "MECHANICAL", "SURFACE", "SIGNAGE", "MISSING_PART", "OTHER");

  /** Receives each transaction's event, in ledger order. */
  public interface Sink {
    void accept(String eventName, String txId, String payload);
  }

  private record Pending(Instant at, long order, SimulatedTicket ticket, String action) {}

  private final Random random = new Random(20261201L);
  private final int equipmentCount;
  private final int patrols;
  private final int perPatrol;
  private final ObjectNode[] equipment;
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>(Comparator.comparing(Pending::at).thenComparing(Pending::order));
  private long order;
  private long tickets;

  public LedgerSimulation(int equipmentCount, int patrols, int perPatrol) {
    if (equipmentCount < COMMUNITY_COUNT * perPatrol / COMMUNITIES) {
      throw new IllegalArgumentException("too little equipment for " + perPatrol + " per patrol");
    }
    this.equipmentCount = equipmentCount;
    this.patrols = patrols;
    this.perPatrol = perPatrol;
    this.equipment = new ObjectNode[equipmentCount];
  }

  /** The tickets opened so far. */
  long tickets() {
    return tickets;
  }

  /** Makes every transaction, in time order. */
  public void run(Sink sink) {
    register(sink);
    long span = Duration.between(START, END).toMillis();
    for (int p = 0; p < patrols; p++) {
      Instant at = START.plusMillis((long) ((p + random.nextDouble()) * span / patrols));
      while (!pending.isEmpty() && pending.peek().at().isBefore(at)) {
        step(pending.poll(), sink);
      }
      patrol(at, sink);
    }
    while (!pending.isEmpty()) {
      step(pending.poll(), sink);
    }
  }

  private void register(Sink sink) {
    for (int i = 0; i < equipmentCount; i++) {
      int community = (int) ((long) i * COMMUNITY_COUNT / equipmentCount);
      String tx = hex();
      equipment[i] =
          LedgerRecords.equipment(
              String.format("EQ-%06d", i),
              "Park " + community + "-" + i % 5,
              districtPath(community),
              31.0 + community * 0.001,
              121.0 + (i % 100) * 0.0001,
              random.nextInt(10) < 7 ? 7 : 14,
              city(community) == 0 ? "supervisor1" : "supervisor-bj",
              START.minus(Duration.ofDays(30)).plusSeconds(i),
              tx);
      sink.accept(
          "EquipmentRegistered",
          tx,
          LedgerRecords.payload(List.of(new LedgerRecords.Change("equipment", equipment[i]))));
    }
  }

  private void patrol(Instant at, Sink sink) {
    int district = random.nextInt(CITIES.size() * DISTRICTS.get(0).size());
    int street = random.nextInt(STREETS);
    String inspector =
        "inspector-"
            + CITIES.get(district / 5)
            + "-"
            + DISTRICTS.get(district / 5).get(district % 5)
            + "-"
            + random.nextInt(INSPECTORS_PER_DISTRICT);
    int firstCommunity = (district * STREETS + street) * COMMUNITIES;
    int from = (int) ((long) firstCommunity * equipmentCount / COMMUNITY_COUNT);
    int to = (int) ((long) (firstCommunity + COMMUNITIES) * equipmentCount / COMMUNITY_COUNT);
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < perPatrol) {
      chosen.add(from + random.nextInt(to - from));
    }
    String id = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    String tx = hex();
    List<ObjectNode> inspections = new ArrayList<>();
    List<LedgerRecords.Change> changes = new ArrayList<>();
    int position = 0;
    for (int index : chosen) {
      ObjectNode target = equipment[index];
      String condition = condition();
      ObjectNode defect =
          condition.equals("DEFECT")
              ? LedgerRecords.defect(severity(), CATEGORIES.get(random.nextInt(CATEGORIES.size())))
              : null;
      boolean within = random.nextInt(100) < 97;
      double distance =
          Math.round(within ? random.nextDouble() * 600 : 1500 + random.nextDouble() * 28500)
              / 10.0;
      inspections.add(
          LedgerRecords.inspection(
              target.get("id").asString(),
              level(),
              condition,
              target.get("latitude").asDouble(),
              target.get("longitude").asDouble(),
              at.minusSeconds(60 + random.nextInt(1800)),
              defect,
              distance,
              within,
              defect == null ? null : hex()));
      if (defect != null) {
        SimulatedTicket ticket =
            new SimulatedTicket(
                id + "-" + position,
                target,
                defect,
                id,
                position,
                inspector,
                company(target),
                at,
                tx);
        changes.add(new LedgerRecords.Change("ticket", ticket.record()));
        tickets++;
        if (random.nextInt(100) >= 5) {
          schedule(ticket, "ACKNOWLEDGE", due(ticket, at, ticket.acknowledgeBy));
        }
      }
      position++;
    }
    changes.add(
        0,
        new LedgerRecords.Change(
            "patrol", LedgerRecords.patrol(id, inspector, at, tx, inspections)));
    sink.accept("PatrolRecorded", tx, LedgerRecords.payload(changes));
  }

  private void step(Pending step, Sink sink) {
    SimulatedTicket ticket = step.ticket();
    Instant at = step.at();
    String tx = hex();
    String crew = "crew-" + ticket.company + "-" + random.nextInt(3);
    String event;
    switch (step.action()) {
      case "ACKNOWLEDGE" -> {
        ticket.acknowledge(crew, at, tx);
        event = "TicketAcknowledged";
        if (ticket.critical()) {
          schedule(ticket, "MAKE_SAFE", due(ticket, at, ticket.makeSafeBy));
        } else {
          schedule(ticket, "REPAIR", due(ticket, at, ticket.repairBy));
        }
      }
      case "MAKE_SAFE" -> {
        ticket.makeSafe(crew, at, tx, hex());
        event = "TicketMadeSafe";
        schedule(ticket, "REPAIR", due(ticket, at, ticket.repairBy));
      }
      case "REPAIR" -> {
        ticket.repair(crew, at, tx, hex());
        event = "TicketRepaired";
        schedule(ticket, "VERIFY", at.plus(Duration.ofMinutes(60 + random.nextInt(47 * 60))));
      }
      default -> {
        boolean accepted = ticket.rework() >= 2 || random.nextInt(100) >= 12;
        ticket.verify(accepted, at, tx);
        event = accepted ? "TicketClosed" : "TicketRejected";
        if (!accepted) {
          schedule(ticket, "REPAIR", at.plus(Duration.ofMinutes(120 + random.nextInt(70 * 60))));
        }
      }
    }
    sink.accept(
        event,
        tx,
        LedgerRecords.payload(List.of(new LedgerRecords.Change("ticket", ticket.record()))));
  }

  private void schedule(SimulatedTicket ticket, String action, Instant at) {
    if (at.isBefore(END)) {
      pending.add(new Pending(at, order++, ticket, action));
    }
  }

  /** Mostly before the deadline, sometimes after it; never before the step before. */
  private Instant due(SimulatedTicket ticket, Instant after, Instant deadline) {
    long span = Duration.between(ticket.openedAt, deadline).toMillis();
    double share =
        random.nextInt(100) < 85
            ? 0.05 + 0.9 * random.nextDouble()
            : 1.02 + 2 * random.nextDouble();
    Instant target = ticket.openedAt.plusMillis((long) (span * share));
    return target.isAfter(after) ? target : after.plusMillis(60_000 + random.nextInt(3_600_000));
  }

  private String condition() {
    int roll = random.nextInt(100);
    return roll < 90 ? "OK" : roll < 95 ? "DEFECT" : roll < 96 ? "MISSING" : "NOT_ACCESSIBLE";
  }

  private String level() {
    int roll = random.nextInt(100);
    return roll < 80 ? "ROUTINE" : roll < 95 ? "FUNCTIONAL" : "STRUCTURAL";
  }

  private String severity() {
    int roll = random.nextInt(100);
    return roll < 10 ? "CRITICAL" : roll < 60 ? "MAJOR" : "MINOR";
  }

  private static String company(ObjectNode target) {
    String[] path = target.get("districtPath").asString().split("/");
    int city = CITIES.indexOf(path[0]);
    int district = DISTRICTS.get(city).indexOf(path[1]);
    return COMPANIES.get(city).get(district < 3 ? 0 : 1);
  }

  private static int city(int community) {
    return community / (COMMUNITY_COUNT / CITIES.size());
  }

  private static String districtPath(int community) {
    int perCity = COMMUNITY_COUNT / CITIES.size();
    int city = community / perCity;
    int inCity = community % perCity;
    int district = inCity / (STREETS * COMMUNITIES);
    int street = inCity / COMMUNITIES % STREETS;
    return String.format(
        "%s/%s/S%02d/C%02d",
        CITIES.get(city), DISTRICTS.get(city).get(district), street + 1, inCity % COMMUNITIES + 1);
  }

  private String hex() {
    return String.format(
        "%016x%016x%016x%016x",
        random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
  }
}
