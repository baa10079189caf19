package org.fitledger.chaincode.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.INSPECTOR;
import static org.fitledger.chaincode.shared.Fixtures.INTAKE;
import static org.fitledger.chaincode.shared.Fixtures.READER;
import static org.fitledger.chaincode.shared.Fixtures.READER_XH;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_XH;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ReporterContactsTest {
  private static final String SEALED = "c2VhbGVkIGNvbnRhY3Q=";
  private static final String CONTACT = "{\"sealed\":\"" + SEALED + "\"}";

  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;

  private void receive(String id, String category) {
    world.reports.receive(
        ledger.tx(INTAKE), ReportServiceTest.reportJson(id, category, World.HASH));
  }

  private String held(String id) {
    return ledger.privateValue(ReporterContacts.COLLECTION, id).orElse(null);
  }

  @Test
  void the_sealed_contact_is_kept_privately_and_is_in_no_record_nor_event() {
    receive("R-1", "MECHANICAL");
    ledger.withTransient(ReporterContacts.TRANSIENT_KEY, CONTACT);

    String answer = world.contacts.store(ledger.tx(INTAKE), "R-1");

    assertThat(held("R-1")).isEqualTo(CONTACT);
    assertThat(answer).doesNotContain(SEALED);
    assertThat(ledger.state().values()).noneMatch(value -> value.contains(SEALED));
    assertThat(ledger.events()).noneMatch(event -> event.json().contains(SEALED));
    assertThat(world.contacts.read(ledger.tx(SUPERVISOR), "R-1")).isEqualTo(CONTACT);
  }

  @Test
  void a_contact_outside_transient_data_not_sealed_or_for_a_report_without_one_is_refused() {
    receive("R-1", "MECHANICAL");
    world.reports.receive(ledger.tx(INTAKE), ReportServiceTest.reportJson("R-2", "SURFACE", null));

    assertRefused(() -> world.contacts.store(ledger.tx(INTAKE), "R-1"), ErrorCode.INVALID_INPUT);
    ledger.withTransient(ReporterContacts.TRANSIENT_KEY, "{\"sealed\":\"138 0000 0000\"}");
    assertRefused(() -> world.contacts.store(ledger.tx(INTAKE), "R-1"), ErrorCode.INVALID_INPUT);
    ledger.withTransient(ReporterContacts.TRANSIENT_KEY, CONTACT);
    assertRefused(() -> world.contacts.store(ledger.tx(INTAKE), "R-2"), ErrorCode.INVALID_INPUT);
    assertThat(held("R-1")).isNull();
    assertThat(held("R-2")).isNull();
  }

  @Test
  void only_the_intake_stores_and_only_supervisors_of_the_district_read() {
    receive("R-1", "MECHANICAL");
    ledger.withTransient(ReporterContacts.TRANSIENT_KEY, CONTACT);

    assertRefused(
        () -> world.contacts.store(ledger.tx(SUPERVISOR), "R-1"), ErrorCode.ACCESS_DENIED);
    world.contacts.store(ledger.tx(INTAKE), "R-1");
    assertRefused(() -> world.contacts.read(ledger.tx(INTAKE), "R-1"), ErrorCode.ACCESS_DENIED);
    assertRefused(() -> world.contacts.read(ledger.tx(INSPECTOR), "R-1"), ErrorCode.ACCESS_DENIED);
    assertRefused(
        () -> world.contacts.read(ledger.tx(SUPERVISOR_XH), "R-1"), ErrorCode.REPORT_NOT_FOUND);
  }

  @Test
  void
      the_reader_reads_a_contact_of_its_districts_for_a_supervisor_and_neither_stores_nor_purges() {
    receive("R-1", "MECHANICAL");
    ledger.withTransient(ReporterContacts.TRANSIENT_KEY, CONTACT);
    assertRefused(() -> world.contacts.store(ledger.tx(READER), "R-1"), ErrorCode.ACCESS_DENIED);
    world.contacts.store(ledger.tx(INTAKE), "R-1");

    assertThat(world.contacts.read(ledger.tx(READER), "R-1")).isEqualTo(CONTACT);
    assertRefused(
        () -> world.contacts.read(ledger.tx(READER_XH), "R-1"), ErrorCode.REPORT_NOT_FOUND);
    assertRefused(() -> world.contacts.purge(ledger.tx(READER), "R-1"), ErrorCode.ACCESS_DENIED);
    assertThat(held("R-1")).isEqualTo(CONTACT);
  }

  @Test
  void a_supervisor_purges_at_any_time_and_the_intake_only_once_the_report_is_closed() {
    receive("R-1", "MECHANICAL");
    ledger.withTransient(ReporterContacts.TRANSIENT_KEY, CONTACT);
    world.contacts.store(ledger.tx(INTAKE), "R-1");

    assertRefused(
        () -> world.contacts.purge(ledger.tx(INTAKE), "R-1"), ErrorCode.INVALID_TRANSITION);
    assertRefused(() -> world.contacts.purge(ledger.tx(INSPECTOR), "R-1"), ErrorCode.ACCESS_DENIED);
    assertThat(held("R-1")).isEqualTo(CONTACT);

    world.contacts.purge(ledger.tx(SUPERVISOR), "R-1");

    assertThat(held("R-1")).isNull();
    assertRefused(
        () -> world.contacts.read(ledger.tx(SUPERVISOR), "R-1"), ErrorCode.REPORT_NOT_FOUND);
  }

  @Test
  void the_intake_purges_a_closed_report_s_contact_and_no_contact_is_taken_after_triage() {
    receive("R-1", "MECHANICAL");
    ledger.withTransient(ReporterContacts.TRANSIENT_KEY, CONTACT);
    world.contacts.store(ledger.tx(INTAKE), "R-1");
    world.reports.triage(
        ledger.tx(INSPECTOR), "R-1", "{\"decision\":\"REJECT\",\"reason\":\"not a fault\"}");

    world.contacts.purge(ledger.tx(INTAKE), "R-1");

    assertThat(held("R-1")).isNull();
    assertRefused(
        () -> world.contacts.store(ledger.tx(INTAKE), "R-1"), ErrorCode.INVALID_TRANSITION);
    assertThat(held("R-1")).isNull();
  }
}
