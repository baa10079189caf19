package org.fitledger.gateway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The data the workloads need, written through the REST API: one site-scoped contract per company,
 * equipment at each site in {@code SH/PD}, and MINOR tickets opened by patrols that find defects.
 */
final class Seed {
  static final String SUPERVISOR = "supervisor1";
  static final List<String> INSPECTORS = List.of("inspector1", "inspector2", "inspector3");
  static final Map<String, List<String>> STAFF =
      Map.of(
          "GREENFIX", List.of("contractor1", "contractor2"),
          "FIXRIGHT", List.of("contractor3", "contractor4"));
  static final List<String> EVERYONE =
      List.of(
          SUPERVISOR,
          "inspector1",
          "inspector2",
          "inspector3",
          "contractor1",
          "contractor2",
          "contractor3",
          "contractor4");
  private static final int MAX_INSPECTIONS = 50;

  /** A piece of equipment and its registered position. */
  record Equipment(String id, double latitude, double longitude) {}

  /** A site, the company whose contract covers it, and its equipment. */
  record Site(String name, String company, List<Equipment> equipment) {}

  /** An open ticket and the company it is assigned to. */
  record Ticket(String id, String company) {}

  private final Api api;
  private final ExecutorService pool;
  private final String run;

  /**
   * @param api the gateway
   * @param pool the threads that send the seeding requests
   * @param run a prefix that keeps this run's ids apart from earlier ones on the same ledger
   */
  Seed(Api api, ExecutorService pool, String run) {
    this.api = api;
    this.pool = pool;
    this.run = run;
  }

  /** Registers the contracts and {@code perSite} pieces of equipment at each of two sites. */
  List<Site> sites(int perSite) {
    List<Site> sites = layout(run, perSite);
    contracts(sites);
    equipment(sites);
    return sites;
  }

  /**
   * The two sites of run {@code run}, one per company, each with {@code perSite} pieces of
   * equipment: always the same ids and positions for the same run and size, so that a later run can
   * find the pieces an earlier one registered.
   */
  static List<Site> layout(String run, int perSite) {
    List<Site> sites = new ArrayList<>();
    for (String company : List.of("GREENFIX", "FIXRIGHT")) {
      List<Equipment> equipment = new ArrayList<>();
      for (int i = 0; i < perSite; i++) {
        equipment.add(
            new Equipment(
                String.format("bench-%s-%s-%03d", run, company, i),
                Bodies.LATITUDE + 0.001 * sites.size() + 0.0001 * (i % 50),
                Bodies.LONGITUDE + 0.0001 * (i / 50)));
      }
      sites.add(new Site("Bench " + run + " " + company, company, List.copyOf(equipment)));
    }
    return List.copyOf(sites);
  }

  /** Registers a site-scoped contract for each site's company. */
  void contracts(List<Site> sites) {
    for (Site site : sites) {
      created(
          "api/v1/contracts",
          SUPERVISOR,
          Bodies.contract("bench-" + run + "-" + site.company(), site.company(), site.name()));
    }
  }

  /** Registers every site's equipment. */
  void equipment(List<Site> sites) {
    List<Supplier<Answer>> registrations = new ArrayList<>();
    for (Site site : sites) {
      for (Equipment equipment : site.equipment()) {
        registrations.add(
            () ->
                api.post(SUPERVISOR, "api/v1/equipment", Bodies.equipment(equipment, site.name())));
      }
    }
    all("registering equipment", registrations);
  }

  /**
   * Opens at least {@code count} MINOR tickets, up to 50 at a time by patrols whose every
   * inspection finds a defect, alternating the sites so both companies get work.
   */
  List<Ticket> openTickets(List<Site> sites, int count) {
    List<Ticket> tickets = new ArrayList<>();
    List<Supplier<Answer>> patrols = new ArrayList<>();
    for (int n = 0; tickets.size() < count; n++) {
      Site site = sites.get(n % sites.size());
      List<Equipment> targets =
          site.equipment().subList(0, Math.min(MAX_INSPECTIONS, site.equipment().size()));
      String patrolId = UUID.randomUUID().toString();
      String inspector = INSPECTORS.get(n % INSPECTORS.size());
      String body = Bodies.patrol(patrolId, targets, targets.size());
      patrols.add(() -> api.post(inspector, "api/v1/patrols", body));
      for (int i = 0; i < targets.size(); i++) {
        tickets.add(new Ticket(patrolId + "-" + i, site.company()));
      }
    }
    all("opening tickets", patrols);
    return tickets;
  }

  private void created(String path, String user, String body) {
    Answer answer = api.post(user, path, body);
    if (!answer.ok()) {
      throw new IllegalStateException("seeding " + path + " failed: " + answer);
    }
  }

  private void all(String what, List<Supplier<Answer>> requests) {
    List<Future<Answer>> answers = new ArrayList<>();
    requests.forEach(request -> answers.add(pool.submit(request::get)));
    try {
      for (Future<Answer> answer : answers) {
        if (!answer.get().ok()) {
          throw new IllegalStateException(what + " failed: " + answer.get());
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " was interrupted", e);
    }
  }
}
