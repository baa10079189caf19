package org.fitledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.Fixtures;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.ticket.TicketState;

/**
 * Random sequences of commands by random people never reach an invalid state, and every refused
 * command changes nothing: not the state, not an endorsement policy, not the events.
 */
class LifecyclePropertyTest {
  private static final List<Caller> PEOPLE =
      List.of(
          Fixtures.SUPERVISOR_PD,
          Fixtures.SUPERVISOR_XH,
          Fixtures.INSPECTOR,
          Fixtures.INSPECTOR_XH,
          Fixtures.CONTRACTOR,
          Fixtures.OTHER_CONTRACTOR);
  private static final List<String> TICKETS = List.of("T-0", "P-0-0");
  private static final int COMMANDS = 11;

  /**
   * One command: what, by whom (below {@code PEOPLE.size()} the person whose role the command
   * needs, above it anyone), on which ticket, after how many hours.
   */
  record Command(int kind, int person, int ticket, int hours) {}

  @Provide
  Arbitrary<List<Command>> commands() {
    return Combinators.combine(
            Arbitraries.integers().between(0, COMMANDS - 1),
            Arbitraries.integers().between(0, 2 * PEOPLE.size() - 1),
            Arbitraries.integers().between(0, TICKETS.size() - 1),
            Arbitraries.integers().between(0, 30))
        .as(Command::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(60);
  }

  @Property(tries = 500, seed = "20261121")
  void random_commands_keep_every_invariant_and_refusals_change_nothing(
      @ForAll("commands") List<Command> commands) {
    World world = new World().withDefaultScene();
    world.contracts.register(
        world.ledger.tx(Fixtures.SUPERVISOR),
        World.contractJson("C-2", "FIXRIGHT", "[\"SH/PD/ZJ\"]", "[]"));
    Map<String, String> terminal = new TreeMap<>();
    for (Command command : commands) {
      world.ledger.at(world.ledger.now().plus(Duration.ofHours(command.hours())));
      InMemoryLedger.Snapshot before = world.ledger.snapshot();
      try {
        run(world, command);
        Statistics.label("outcome").collect("accepted");
        assertThat(world.ledger.events().size() - before.events().size()).isBetween(0, 1);
      } catch (Refusal refused) {
        Statistics.label("outcome").collect(refused.code().name());
        assertThat(world.ledger.snapshot()).isEqualTo(before);
      }
      checkInvariants(world, terminal);
    }
  }

  private static void run(World world, Command command) {
    String ticket = TICKETS.get(command.ticket());
    Caller caller =
        command.person() < PEOPLE.size()
            ? natural(world, command.kind(), ticket)
            : PEOPLE.get(command.person() - PEOPLE.size());
    TransactionContext tx = world.ledger.tx(caller);
    switch (command.kind()) {
      case 0:
        world.lifecycle.acknowledge(tx, ticket, "{\"note\":\"on it\"}");
        break;
      case 1:
        world.lifecycle.makeSafe(tx, ticket, "{\"photoHashes\":[]}");
        break;
      case 2:
        world.lifecycle.confirmRepair(tx, ticket, World.evidence());
        break;
      case 3:
        world.lifecycle.verify(tx, ticket, "{\"accepted\":true}");
        break;
      case 4:
        world.lifecycle.verify(tx, ticket, "{\"accepted\":false,\"reason\":\"no\"}");
        break;
      case 5:
        world.lifecycle.reassign(
            tx,
            ticket,
            "{\"contractId\":\"C-" + (1 + command.hours() % 2) + "\",\"reason\":\"r\"}");
        break;
      case 6:
        world.lifecycle.cancel(tx, ticket, "{\"reason\":\"r\"}");
        break;
      case 7:
        world.tickets.open(tx, World.ticketJson(ticket, "EQ-1", severity(command)));
        break;
      case 8:
        world.patrols.record(
            tx,
            World.patrolJson(
                "P-" + command.ticket() % 2, World.inspectionJson("EQ-1", severity(command))));
        break;
      case 9:
        if (command.hours() % 6 == 0) {
          world.equipment.retire(tx, "EQ-1", "worn out");
        }
        break;
      default:
        world.equipment.read(tx, "EQ-1");
    }
  }

  // Half of all new tickets are CRITICAL, so that making safe gets exercised.
  private static String severity(Command command) {
    return command.hours() % 2 == 0
        ? Severity.CRITICAL.name()
        : Severity.values()[command.hours() % 3].name();
  }

  private static Caller natural(World world, int kind, String ticket) {
    if (kind <= 2) {
      boolean fixright =
          world.ledger.stored(RecordKind.TICKET, ticket).orElse("").contains("\"FIXRIGHT\"");
      return fixright ? Fixtures.OTHER_CONTRACTOR : Fixtures.CONTRACTOR;
    }
    return kind == 3 || kind == 4 || kind == 8 ? Fixtures.INSPECTOR : Fixtures.SUPERVISOR_PD;
  }

  private static void checkInvariants(World world, Map<String, String> terminal) {
    boolean outOfService = false;
    for (String id : TICKETS) {
      String stored = world.ledger.stored(RecordKind.TICKET, id).orElse(null);
      if (stored == null) {
        continue;
      }
      Ticket ticket = world.json.decodeStored(stored, Ticket.class);
      assertThat(replay(ticket)).isEqualTo(ticket.state());
      assertThat(ticket.rework()).isEqualTo(count(ticket, StepAction.REJECT));
      assertThat(ticket.madeSafe()).isEqualTo(count(ticket, StepAction.MAKE_SAFE) > 0);
      assertThat(ticket.txId()).isEqualTo(ticket.steps().get(ticket.steps().size() - 1).txId());
      assertThat(world.ledger.policy(RecordKind.TICKET, id)).contains(ticket.state().nextActor());
      checkDeadlines(ticket);
      Statistics.label("ticket states seen").collect(ticket.state().name());
      if (terminal.containsKey(id)) {
        assertThat(stored).isEqualTo(terminal.get(id));
      } else if (!ticket.state().isOpen()) {
        terminal.put(id, stored);
      }
      outOfService |=
          ticket.state().isOpen() && ticket.madeSafe() && ticket.severity() == Severity.CRITICAL;
    }
    String equipment = world.equipment.read(world.ledger.tx(Fixtures.CONTRACTOR), "EQ-1");
    String expected =
        equipment.contains("\"retired\":true")
            ? "RETIRED"
            : outOfService ? "OUT_OF_SERVICE" : "IN_SERVICE";
    assertThat(equipment).endsWith("\"status\":\"" + expected + "\"}");
  }

  private static TicketState replay(Ticket ticket) {
    assertThat(ticket.steps().get(0).action()).isEqualTo(StepAction.OPEN);
    TicketState state = TicketState.OPEN;
    for (Step step : ticket.steps().subList(1, ticket.steps().size())) {
      state = next(state, step.action(), ticket.severity());
    }
    return state;
  }

  private static TicketState next(TicketState state, StepAction action, Severity severity) {
    assertThat(state.isOpen()).as("a step after a terminal state").isTrue();
    switch (action) {
      case ACKNOWLEDGE:
        assertThat(state).isEqualTo(TicketState.OPEN);
        return TicketState.ACKNOWLEDGED;
      case MAKE_SAFE:
        assertThat(state).isEqualTo(TicketState.ACKNOWLEDGED);
        assertThat(severity).isEqualTo(Severity.CRITICAL);
        return TicketState.MADE_SAFE;
      case REPAIR:
        assertThat(state).isIn(TicketState.ACKNOWLEDGED, TicketState.MADE_SAFE);
        return TicketState.REPAIRED;
      case ACCEPT:
        assertThat(state).isEqualTo(TicketState.REPAIRED);
        return TicketState.CLOSED;
      case REJECT:
        assertThat(state).isEqualTo(TicketState.REPAIRED);
        return TicketState.ACKNOWLEDGED;
      case REASSIGN:
        return TicketState.OPEN;
      case CANCEL:
        return TicketState.CANCELLED;
      default:
        throw new AssertionError("OPEN after the first step");
    }
  }

  private static void checkDeadlines(Ticket ticket) {
    for (Step step : ticket.steps()) {
      String deadline = deadline(ticket, step.action());
      if (deadline == null) {
        assertThat(step.onTime()).isNull();
      } else {
        assertThat(step.onTime())
            .isEqualTo(!Instant.parse(step.at()).isAfter(Instant.parse(deadline)));
      }
    }
  }

  private static String deadline(Ticket ticket, StepAction action) {
    switch (action) {
      case ACKNOWLEDGE:
        return ticket.deadlines().acknowledge();
      case MAKE_SAFE:
        return ticket.deadlines().makeSafe();
      case REPAIR:
        return ticket.deadlines().repair();
      default:
        return null;
    }
  }

  private static long count(Ticket ticket, StepAction action) {
    return ticket.steps().stream().filter(step -> step.action() == action).count();
  }
}
