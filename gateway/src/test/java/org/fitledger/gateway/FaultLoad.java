package org.fitledger.gateway;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The steady load every fault test runs under: patrols of fresh equipment from several clients, and
 * tickets on equipment of a site of their own, each taken from opening to closing by one client per
 * ticket equipment. Every client sends each request again until it is accepted.
 */
final class FaultLoad {
  private static final String CONTRACTOR = "contractor1";

  private final LiveGateway gateway;
  private final String equipment;
  private final WriteTraffic patrols;
  private final WriteTraffic tickets;

  private FaultLoad(
      LiveGateway gateway, String equipment, WriteTraffic patrols, WriteTraffic tickets) {
    this.gateway = gateway;
    this.equipment = equipment;
    this.patrols = patrols;
    this.tickets = tickets;
  }

  /** Registers what the load needs, then starts its patrol and ticket clients. */
  static FaultLoad start(LiveGateway gateway, String name, int patrolClients, int ticketClients) {
    String equipment = gateway.freshEquipment("IT " + name + " park");
    TicketFixtures site = new TicketFixtures(gateway, "GREENFIX", CONTRACTOR);
    List<String> ticketEquipment =
        IntStream.range(0, ticketClients).mapToObj(i -> site.equipment()).toList();
    return new FaultLoad(
        gateway,
        equipment,
        WriteTraffic.start(gateway, name, WriteTraffic.patrols(equipment), patrolClients),
        WriteTraffic.start(
            gateway,
            name + "-t",
            WriteTraffic.tickets(ticketEquipment, CONTRACTOR),
            ticketClients));
  }

  WriteTraffic patrols() {
    return patrols;
  }

  WriteTraffic tickets() {
    return tickets;
  }

  /** Stops every client once its current piece of work is accepted. */
  void stop() throws InterruptedException {
    patrols.stop();
    tickets.stop();
  }

  /** How many patrols and tickets were accepted, and the answers each got by status. */
  String summary() {
    return String.format(
        "%d patrols accepted, answers %s; %d tickets closed, answers %s",
        patrols.accepted().size(),
        patrols.statuses(),
        tickets.accepted().size(),
        tickets.statuses());
  }

  /** Every answer to either kind of client, by status. */
  Set<Integer> statuses() {
    return Stream.of(patrols.statuses(), tickets.statuses())
        .map(Map::keySet)
        .flatMap(Set::stream)
        .collect(Collectors.toSet());
  }

  /**
   * Once stopped: every accepted patrol and ticket step is in the index once, and the index equals
   * the ledger; what was accepted, lost and recorded twice, patrols and tickets together.
   */
  FaultChecks.Tally nothingLostNothingTwice() throws InterruptedException {
    return FaultChecks.everyAcceptedPatrolIsThereOnce(gateway, equipment, patrols.accepted())
        .plus(FaultChecks.everyTicketClosedOnce(gateway, tickets.accepted()));
  }
}
