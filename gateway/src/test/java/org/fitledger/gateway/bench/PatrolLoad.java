package org.fitledger.gateway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Patrol submissions: each a fresh patrol of 10 inspections, all OK (so no ticket opens), of
 * equipment picked at random, by inspector1..3 in turn.
 */
final class PatrolLoad implements Workload {
  static final int INSPECTIONS = 10;

  private final Api api;
  private final List<Seed.Equipment> equipment = new ArrayList<>();

  PatrolLoad(Api api, List<Seed.Site> sites) {
    this.api = api;
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
    String inspector = Seed.INSPECTORS.get(client % Seed.INSPECTORS.size());
    String body = Bodies.patrol(UUID.randomUUID().toString(), pick(), false);
    return api.post(inspector, "api/v1/patrols", body);
  }

  private List<Seed.Equipment> pick() {
    List<Seed.Equipment> pool = new ArrayList<>(equipment);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<Seed.Equipment> picked = new ArrayList<>(INSPECTIONS);
    for (int i = 0; i < INSPECTIONS; i++) {
      picked.add(pool.remove(random.nextInt(pool.size())));
    }
    return picked;
  }
}
