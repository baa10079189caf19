package org.fitledger.chaincode.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.INTAKE;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.report.Report;
import org.fitledger.model.report.ReportState;
import org.fitledger.model.ticket.Source;
import org.fitledger.model.ticket.Ticket;
import org.junit.jupiter.api.Test;

class ReportServiceTest {
  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  static String reportJson(String id, String category, String contactHash) {
    return "{\"id\":\""
        + id
        + "\",\"equipmentId\":\"EQ-1\",\"category\":\""
        + category
        + "\",\"description\":\"the chain is loose\",\"urgent\":true,\"photos\":[\""
        + World.HASH
        + "\"],\"contactHash\":"
        + (contactHash == null ? "null" : "\"" + contactHash + "\"")
        + "}";
  }

  private Report receive(String id, String category) {
    return world.json.decodeStored(
        world.reports.receive(ledger.tx(INTAKE), reportJson(id, category, null)), Report.class);
  }

  private Report triage(String id, String triageJson) {
    return world.json.decodeStored(
        world.reports.triage(ledger.tx(INSPECTOR), id, triageJson), Report.class);
  }

  @Test
  void the_intake_records_a_report_awaiting_triage_with_the_machine_where_it_stands() {
    Report report = receive("R-1", "MECHANICAL");

    assertThat(report.state()).isEqualTo(ReportState.REPORTED);
    assertThat(report.districtPath()).isEqualTo(World.PATH);
    assertThat(report.receivedBy()).isEqualTo("intake1");
    assertThat(report.photos()).containsExactly(World.HASH);
    assertThat(ledger.lastEvent())
        .isEqualTo(
            new InMemoryLedger.Event(
                "ReportReceived", "{\"changes\":[{\"kind\":\"report\",\"id\":\"R-1\"}]}"));
  }

  @Test
  void only_the_intake_records_reports() {
    assertRefused(
        () -> world.reports.receive(ledger.tx(SUPERVISOR), reportJson("R-1", "MECHANICAL", null)),
        ErrorCode.ACCESS_DENIED);
    assertRefused(
        () -> world.reports.receive(ledger.tx(INSPECTOR), reportJson("R-1", "MECHANICAL", null)),
        ErrorCode.ACCESS_DENIED);
    assertThat(ledger.stored(RecordKind.REPORT, "R-1")).isEmpty();
  }

  @Test
  void a_second_report_of_the_same_fault_is_the_pending_one_and_writes_nothing() {
    receive("R-1", "MECHANICAL");
    int writes = ledger.writes();

    Report second = receive("R-2", "MECHANICAL");

    assertThat(second.id()).isEqualTo("R-1");
    assertThat(ledger.writes()).isEqualTo(writes);
    assertThat(ledger.stored(RecordKind.REPORT, "R-2")).isEmpty();
  }

  @Test
  void the_same_report_sent_again_is_answered_as_stored_and_a_different_one_under_its_id_refused() {
    String first = world.reports.receive(ledger.tx(INTAKE), reportJson("R-1", "MECHANICAL", null));
    int writes = ledger.writes();

    assertThat(world.reports.receive(ledger.tx(INTAKE), reportJson("R-1", "MECHANICAL", null)))
        .isEqualTo(first);
    assertThat(ledger.writes()).isEqualTo(writes);
    assertRefused(
        () -> world.reports.receive(ledger.tx(INTAKE), reportJson("R-1", "SURFACE", null)),
        ErrorCode.REPORT_EXISTS);
  }

  @Test
  void a_machine_takes_a_bounded_number_of_reports_awaiting_triage() {
    String[] categories = {"STRUCTURAL", "MECHANICAL", "SURFACE", "SIGNAGE", "MISSING_PART"};
    for (int i = 0; i < ReportService.MAX_PENDING; i++) {
      receive("R-" + i, categories[i]);
    }

    assertRefused(() -> receive("R-9", "OTHER"), ErrorCode.REPORTS_PENDING);

    triage("R-0", "{\"decision\":\"REJECT\",\"reason\":\"a child's toy, not a fault\"}");
    assertThat(receive("R-9", "OTHER").id()).isEqualTo("R-9");
  }

  @Test
  void confirming_opens_a_ticket_under_the_same_rules_linked_to_the_report() {
    receive("R-1", "MECHANICAL");

    Report confirmed = triage("R-1", "{\"decision\":\"CONFIRM\",\"severity\":\"MAJOR\"}");

    assertThat(confirmed.state()).isEqualTo(ReportState.CONFIRMED);
    assertThat(confirmed.triage().ticketId()).isEqualTo("R-1");
    assertThat(confirmed.triage().by()).isEqualTo("inspector1");
    Ticket ticket =
        world.json.decodeStored(
            ledger.stored(RecordKind.TICKET, "R-1").orElseThrow(), Ticket.class);
    assertThat(ticket.source()).isEqualTo(Source.report("R-1"));
    assertThat(ticket.company()).isEqualTo("GREENFIX");
    assertThat(ticket.deadlines()).isNotNull();
    assertThat(ticket.description()).isEqualTo("the chain is loose");
    assertThat(ticket.openedBy()).isEqualTo("inspector1");
    assertThat(ledger.lastEvent().json())
        .isEqualTo(
            "{\"changes\":[{\"kind\":\"ticket\",\"id\":\"R-1\"},"
                + "{\"kind\":\"report\",\"id\":\"R-1\"}]}");
  }

  @Test
  void a_report_triaged_is_no_longer_pending_and_a_new_report_of_the_fault_is_recorded() {
    receive("R-1", "MECHANICAL");
    triage("R-1", "{\"decision\":\"CONFIRM\",\"severity\":\"MINOR\"}");

    assertThat(receive("R-2", "MECHANICAL").id()).isEqualTo("R-2");
  }

  @Test
  void merging_links_the_report_to_an_open_ticket_of_the_same_machine_only() {
    world.openTicket("T-1", "MAJOR");
    receive("R-1", "MECHANICAL");

    assertRefused(
        () -> triage("R-1", "{\"decision\":\"MERGE\",\"ticketId\":\"T-404\"}"),
        ErrorCode.TICKET_NOT_FOUND);
    Report merged = triage("R-1", "{\"decision\":\"MERGE\",\"ticketId\":\"T-1\"}");

    assertThat(merged.state()).isEqualTo(ReportState.MERGED);
    assertThat(merged.triage().ticketId()).isEqualTo("T-1");
    assertThat(world.reports.isClosed(ledger.tx(INTAKE), merged)).isFalse();
  }

  @Test
  void a_closed_ticket_takes_no_merge() {
    world.openTicket("T-1", "MAJOR");
    world.advance("T-1", "ack", "repair", "accept");
    receive("R-1", "MECHANICAL");

    assertRefused(
        () -> triage("R-1", "{\"decision\":\"MERGE\",\"ticketId\":\"T-1\"}"),
        ErrorCode.INVALID_TRANSITION);
  }

  @Test
  void a_report_closes_with_its_rejection_or_its_ticket() {
    receive("R-1", "MECHANICAL");
    receive("R-2", "SURFACE");
    Report rejected = triage("R-2", "{\"decision\":\"REJECT\",\"reason\":\"not ours\"}");
    Report confirmed = triage("R-1", "{\"decision\":\"CONFIRM\",\"severity\":\"MAJOR\"}");

    assertThat(world.reports.isClosed(ledger.tx(INTAKE), rejected)).isTrue();
    assertThat(world.reports.isClosed(ledger.tx(INTAKE), confirmed)).isFalse();
    world.advance("R-1", "ack", "repair", "accept");
    assertThat(world.reports.isClosed(ledger.tx(INTAKE), confirmed)).isTrue();
  }

  @Test
  void a_triage_sent_again_is_answered_as_stored_and_a_different_one_refused() {
    receive("R-1", "MECHANICAL");
    Report first = triage("R-1", "{\"decision\":\"REJECT\",\"reason\":\"not ours\"}");
    int writes = ledger.writes();

    assertThat(triage("R-1", "{\"decision\":\"REJECT\",\"reason\":\"not ours\"}")).isEqualTo(first);
    assertThat(ledger.writes()).isEqualTo(writes);
    assertRefused(
        () -> triage("R-1", "{\"decision\":\"CONFIRM\",\"severity\":\"MAJOR\"}"),
        ErrorCode.INVALID_TRANSITION);
    assertThat(ledger.stored(RecordKind.TICKET, "R-1")).isEmpty();
  }

  @Test
  void only_inspectors_of_the_district_triage_and_contractors_do_not_see_reports() {
    receive("R-1", "MECHANICAL");

    assertRefused(
        () ->
            world.reports.triage(
                ledger.tx(INSPECTOR_XH), "R-1", "{\"decision\":\"REJECT\",\"reason\":\"x\"}"),
        ErrorCode.REPORT_NOT_FOUND);
    assertRefused(
        () ->
            world.reports.triage(
                ledger.tx(SUPERVISOR), "R-1", "{\"decision\":\"REJECT\",\"reason\":\"x\"}"),
        ErrorCode.ACCESS_DENIED);
    assertRefused(
        () -> world.reports.read(ledger.tx(CONTRACTOR), "R-1"), ErrorCode.REPORT_NOT_FOUND);
    assertThat(world.reports.read(ledger.tx(SUPERVISOR), "R-1")).contains("\"id\":\"R-1\"");
  }

  @Test
  void a_triage_needs_its_decision_s_fields_and_no_others() {
    receive("R-1", "MECHANICAL");

    for (String bad :
        new String[] {
          "{\"decision\":\"CONFIRM\"}",
          "{\"decision\":\"CONFIRM\",\"severity\":\"MAJOR\",\"ticketId\":\"T-1\"}",
          "{\"decision\":\"MERGE\"}",
          "{\"decision\":\"REJECT\"}",
          "{\"decision\":\"REJECT\",\"reason\":\"  \"}",
          "{\"decision\":\"MAYBE\"}"
        }) {
      assertRefused(() -> triage("R-1", bad), ErrorCode.INVALID_INPUT);
    }
    assertThat(world.reports.find(ledger.tx(INTAKE), "R-1").state())
        .isEqualTo(ReportState.REPORTED);
  }

  @Test
  void confirming_is_refused_for_a_machine_retired_since_and_changes_nothing() {
    receive("R-1", "MECHANICAL");
    world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "removed");
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
        () -> triage("R-1", "{\"decision\":\"CONFIRM\",\"severity\":\"MAJOR\"}"),
        ErrorCode.EQUIPMENT_RETIRED);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }
}
