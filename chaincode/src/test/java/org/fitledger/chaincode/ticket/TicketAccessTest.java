package org.fitledger.chaincode.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.OTHER_CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class TicketAccessTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  private void assertDenied(Caller caller, String step, String message) {
    InMemoryLedger.Snapshot before = ledger.snapshot();
    assertRefused(() -> step(caller, step), ErrorCode.ACCESS_DENIED).hasMessage(message);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  /** Refused exactly as a ticket that does not exist: nothing about the ticket is told. */
  private void assertNotFound(Caller caller, String step) {
    InMemoryLedger.Snapshot before = ledger.snapshot();
    assertRefused(() -> step(caller, step), ErrorCode.TICKET_NOT_FOUND)
        .hasMessage("TICKET_NOT_FOUND: no ticket with id T-1");
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  private String step(Caller caller, String step) {
    switch (step) {
      case "ack":
        return world.lifecycle.acknowledge(ledger.tx(caller), "T-1", "{}");
      case "repair":
        return world.lifecycle.confirmRepair(ledger.tx(caller), "T-1", World.evidence());
      case "verify":
        return world.lifecycle.verify(ledger.tx(caller), "T-1", "{\"accepted\":true}");
      case "cancel":
        return world.lifecycle.cancel(ledger.tx(caller), "T-1", "{\"reason\":\"x\"}");
      default:
        return world.lifecycle.reassign(
            ledger.tx(caller), "T-1", "{\"contractId\":\"C-1\",\"reason\":\"x\"}");
    }
  }

  @Test
  void only_the_assigned_company_acknowledges_and_others_are_told_no_such_ticket() {
    world.openTicket("T-1", "MINOR");

    assertNotFound(OTHER_CONTRACTOR, "ack");
    assertDenied(
        SUPERVISOR,
        "ack",
        "ACCESS_DENIED: only contractors may acknowledge a ticket; the caller's role is supervisor");
    assertDenied(
        INSPECTOR,
        "ack",
        "ACCESS_DENIED: only contractors may acknowledge a ticket; the caller's role is inspector");
  }

  @Test
  void only_the_assigned_company_confirms_a_repair() {
    world.openTicket("T-1", "MINOR");
    world.advance("T-1", "ack");

    assertNotFound(OTHER_CONTRACTOR, "repair");
    assertDenied(
        INSPECTOR,
        "repair",
        "ACCESS_DENIED: only contractors may confirm a repair; the caller's role is inspector");
  }

  @Test
  void only_an_inspector_of_the_tickets_district_verifies() {
    world.openTicket("T-1", "MINOR");
    world.advance("T-1", "ack", "repair");

    assertNotFound(INSPECTOR_XH, "verify");
    assertDenied(
        CONTRACTOR,
        "verify",
        "ACCESS_DENIED: only inspectors may verify a repair; the caller's role is contractor");
    assertDenied(
        SUPERVISOR,
        "verify",
        "ACCESS_DENIED: only inspectors may verify a repair; the caller's role is supervisor");
    assertThat(step(INSPECTOR, "verify")).contains("\"state\":\"CLOSED\"");
  }

  @Test
  void only_a_supervisor_of_the_tickets_district_reassigns_or_cancels() {
    world.openTicket("T-1", "MINOR");

    assertNotFound(SUPERVISOR_XH, "cancel");
    assertNotFound(SUPERVISOR_XH, "reassign");
    assertDenied(
        CONTRACTOR,
        "cancel",
        "ACCESS_DENIED: only supervisors may cancel a ticket; the caller's role is contractor");
    assertDenied(
        INSPECTOR,
        "reassign",
        "ACCESS_DENIED: only supervisors may reassign a ticket; the caller's role is inspector");
  }

  @Test
  void reports_an_unknown_ticket_to_an_authorized_role() {
    assertRefused(() -> step(CONTRACTOR, "ack"), ErrorCode.TICKET_NOT_FOUND)
        .hasMessage("TICKET_NOT_FOUND: no ticket with id T-1");
  }
}
