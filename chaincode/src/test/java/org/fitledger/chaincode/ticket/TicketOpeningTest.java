package org.fitledger.chaincode.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.PATH;
import static org.fitledger.chaincode.World.equipmentJson;
import static org.fitledger.chaincode.World.ticketJson;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.people.NextActor;
import org.junit.jupiter.api.Test;

class TicketOpeningTest {
  static final String OPENED_CRITICAL =
      "{\"id\":\"T-1\",\"equipmentId\":\"EQ-1\",\"districtPath\":\"SH/PD/ZJ/C01\","
          + "\"site\":\"Riverside\",\"severity\":\"CRITICAL\",\"category\":\"MECHANICAL\","
          + "\"description\":\"broken\",\"source\":null,\"openedBy\":\"supervisor1\","
          + "\"openedAt\":\"2026-11-21T10:15:30.123Z\",\"company\":\"GREENFIX\","
          + "\"contractId\":\"C-1\",\"slaVersion\":1,\"deadlines\":{"
          + "\"acknowledge\":\"2026-11-21T14:15:30.123Z\","
          + "\"makeSafe\":\"2026-11-22T10:15:30.123Z\",\"repair\":\"2026-11-24T10:15:30.123Z\"},"
          + "\"state\":\"OPEN\",\"rework\":0,\"madeSafe\":false,\"steps\":[{\"action\":\"OPEN\","
          + "\"by\":\"supervisor1\",\"byMsp\":\"AuthorityMSP\",\"company\":null,"
          + "\"at\":\"2026-11-21T10:15:30.123Z\",\"txId\":\"tx3\",\"onTime\":null,\"note\":null,"
          + "\"photoHashes\":[],\"reason\":null}],\"txId\":\"tx3\"}";

  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  @Test
  void opens_a_ticket_assigned_by_the_covering_contract_with_deadlines_from_its_sla() {
    String ticket = world.openTicket("T-1", "CRITICAL");

    assertThat(ticket).isEqualTo(OPENED_CRITICAL);
    assertThat(ledger.events())
        .last()
        .isEqualTo(
            new InMemoryLedger.Event(
                "TicketOpened", "{\"changes\":[{\"kind\":\"ticket\",\"id\":\"T-1\"}]}"));
    assertThat(ledger.state()).containsKey("\u0000ticket-equipment\u0000EQ-1\u0000T-1\u0000");
    assertThat(ledger.policy(RecordKind.TICKET, "T-1")).contains(NextActor.CONTRACTOR);
  }

  @Test
  void has_no_make_safe_deadline_below_critical() {
    assertThat(world.openTicket("T-1", "MAJOR"))
        .contains(
            "\"deadlines\":{\"acknowledge\":\"2026-11-22T10:15:30.123Z\",\"makeSafe\":null,"
                + "\"repair\":\"2026-11-28T10:15:30.123Z\"}");
  }

  @Test
  void computes_deadlines_of_fractional_hours_to_the_millisecond() {
    world.contracts.updateSla(
        ledger.tx(SUPERVISOR),
        "C-1",
        "{\"CRITICAL\":{\"acknowledgeHours\":0.0001,\"makeSafeHours\":0.5,"
            + "\"repairHours\":1.2345},\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
            + "\"MINOR\":{\"acknowledgeHours\":72,\"repairHours\":720}}");

    assertThat(world.openTicket("T-1", "CRITICAL"))
        .contains(
            "\"deadlines\":{\"acknowledge\":\"2026-11-21T10:15:30.483Z\","
                + "\"makeSafe\":\"2026-11-21T10:45:30.123Z\","
                + "\"repair\":\"2026-11-21T11:29:34.323Z\"}");
  }

  @Test
  void opens_unassigned_without_a_covering_contract() {
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-X", "SH/XH/AA/C01"));

    assertThat(world.tickets.open(ledger.tx(SUPERVISOR), ticketJson("T-1", "EQ-X", "MINOR")))
        .contains("\"company\":null,\"contractId\":null,\"slaVersion\":null,\"deadlines\":null");
  }

  @Test
  void keeps_open_deadlines_when_the_sla_changes_later() {
    world.openTicket("T-1", "CRITICAL");
    world.contracts.updateSla(
        ledger.tx(SUPERVISOR),
        "C-1",
        World.DEFAULT_SLA.replace("\"acknowledgeHours\":4", "\"acknowledgeHours\":1"));

    assertThat(world.tickets.read(ledger.tx(CONTRACTOR), "T-1")).isEqualTo(OPENED_CRITICAL);
    assertThat(world.openTicket("T-2", "CRITICAL"))
        .contains("\"slaVersion\":2")
        .contains("\"acknowledge\":\"2026-11-21T11:15:30.123Z\"");
  }

  @Test
  void returns_the_stored_ticket_for_the_same_request_and_refuses_another() {
    String ticket = world.openTicket("T-1", "MINOR");
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertThat(world.openTicket("T-1", "MINOR")).isEqualTo(ticket);
    assertRefused(() -> world.openTicket("T-1", "MAJOR"), ErrorCode.TICKET_EXISTS)
        .hasMessage("TICKET_EXISTS: ticket T-1 already exists");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void refuses_non_supervisors_and_supervisors_of_other_districts() {
    assertRefused(
        () -> world.tickets.open(ledger.tx(INSPECTOR), ticketJson("T-1", "EQ-1", "MINOR")),
        ErrorCode.ACCESS_DENIED);
    assertRefused(
            () -> world.tickets.open(ledger.tx(SUPERVISOR_XH), ticketJson("T-1", "EQ-1", "MINOR")),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-1");
    assertThat(ledger.stored(RecordKind.TICKET, "T-1")).isEmpty();
  }

  @Test
  void a_ticket_request_resent_by_a_supervisor_of_another_district_does_not_return_the_ticket() {
    String request = ticketJson("T-1", "EQ-1", "MINOR");
    world.tickets.open(ledger.tx(SUPERVISOR), request);

    assertRefused(
            () -> world.tickets.open(ledger.tx(SUPERVISOR_XH), request),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-1");
  }

  @Test
  void refuses_unknown_or_retired_equipment_and_bad_input() {
    world.equipment.register(ledger.tx(SUPERVISOR), equipmentJson("EQ-2", PATH));
    world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-2", "gone");

    assertRefused(
        () -> world.tickets.open(ledger.tx(SUPERVISOR), ticketJson("T-1", "EQ-9", "MINOR")),
        ErrorCode.EQUIPMENT_NOT_FOUND);
    assertRefused(
        () -> world.tickets.open(ledger.tx(SUPERVISOR), ticketJson("T-1", "EQ-2", "MINOR")),
        ErrorCode.EQUIPMENT_RETIRED);
    assertRefused(
            () -> world.tickets.open(ledger.tx(SUPERVISOR), ticketJson("T-1", "EQ-1", "URGENT")),
            ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: severity must be one of [CRITICAL, MAJOR, MINOR]");
  }

  @Test
  void reads_lists_and_reports_missing_tickets() {
    world.openTicket("T-2", "MINOR");
    world.openTicket("T-1", "MAJOR");

    assertThat(world.tickets.listByEquipment(ledger.tx(CONTRACTOR), "EQ-1"))
        .startsWith("[{\"id\":\"T-1\",")
        .contains("},{\"id\":\"T-2\",");
    assertRefused(
            () -> world.tickets.read(ledger.tx(CONTRACTOR), "T-9"), ErrorCode.TICKET_NOT_FOUND)
        .hasMessage("TICKET_NOT_FOUND: no ticket with id T-9");
    assertRefused(
        () -> world.tickets.history(ledger.tx(CONTRACTOR), "T-9"), ErrorCode.TICKET_NOT_FOUND);
    assertRefused(
        () -> world.tickets.listByEquipment(ledger.tx(CONTRACTOR), "EQ-9"),
        ErrorCode.EQUIPMENT_NOT_FOUND);
  }
}
