package org.fitledger.gateway.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Patrol submissions: each a fresh patrol of 10 inspections of equipment picked at random, by
 * inspector1..3 in turn; all OK (so no ticket opens), or with one defect in every {@code
 * defectEvery}-th patrol.
 */
final class PatrolLoad implements Workload {
  static final int INSPECTIONS = 10;

  private final Api api;
  private final List<Seed.Equipment> equipment = new ArrayList<>();
  private final int defectEvery;
  private final AtomicLong sent = new AtomicLong();

  /** Patrols that find no defect. */
  PatrolLoad(Api api, List<Seed.Site> sites) {
    this(api, sites, 0);
  }

  /**
   * @param defectEvery every how many patrols one finds a MINOR defect (0: none does)
   */
  PatrolLoad(Api api, List<Seed.Site> sites, int defectEvery) {
    this.api = api;
    this.defectEvery = defectEvery;
    sites.forEach(site -> equipment.addAll(site.equipment()));
    if (equipment.size() < INSPECTIONS) {
      throw new IllegalArgumentException("a patrol needs " + INSPECTIONS + " pieces of equipment");
    }
  }

  @Override
  public String name() {
    return "patrol (" + INSPECTIONS + " inspections)";
  }

  @Override
  public Answer next(int client) {
    return send(client, body(sent.getAndIncrement()));
  }

  /** The body of patrol number {@code n}: a new id and equipment picked afresh. */
  String body(long n) {
    boolean defective = defectEvery > 0 && n % defectEvery == 0;
    return Bodies.patrol(UUID.randomUUID().toString(), pick(), defective ? 1 : 0);
  }

  /** Sends a patrol as the inspector of client {@code client}. */
  Answer send(int client, String body) {
    String inspector = Seed.INSPECTORS.get(client % Seed.INSPECTORS.size());
    return api.post(inspector, "api/v1/patrols", body);
  }

  /** {@link #INSPECTIONS} distinct pieces, at random. */
  private List<Seed.Equipment> pick() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Set<Integer> picked = new LinkedHashSet<>();
    while (picked.size() < INSPECTIONS) {
      picked.add(random.nextInt(equipment.size()));
    }
    List<Seed.Equipment> targets = new ArrayList<>(INSPECTIONS);
    picked.forEach(i -> targets.add(equipment.get(i)));
    return targets;
  }
}
