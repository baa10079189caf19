package org.fitledger.chaincode.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.World;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.model.device.Reading;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.Source;
import org.fitledger.model.ticket.Ticket;
import org.junit.jupiter.api.Test;

class ReadingServiceTest {
  private static final Caller DEVICE =
      new Caller("AuthorityMSP", "device-EQ-1", "device", null, null, "EQ-1");

  private final World world = new World().withDefaultScene();
  private final InMemoryLedger ledger = world.ledger;
  private final ReadingService readings =
      new ReadingService(world.json, world.equipment, world.store, world.tickets);

  static String reading(String id, String equipment, long usage, String fault) {
    return "{\"id\":\""
        + id
        + "\",\"equipmentId\":\""
        + equipment
        + "\",\"observedAt\":\"2026-11-21T10:00:00Z\",\"usageCount\":"
        + usage
        + (fault == null
            ? ""
            : ",\"faultCode\":\""
                + fault
                + "\",\"faultSeverity\":\"CRITICAL\","
                + "\"faultCategory\":\"MECHANICAL\"")
        + "}";
  }

  private Reading record(Caller device, String json) {
    return world.json.decodeStored(readings.record(ledger.tx(device), json), Reading.class);
  }

  @Test
  void a_device_records_its_machine_s_usage() {
    Reading read = record(DEVICE, reading("r-1", "EQ-1", 1234, null));

    assertThat(read.usageCount()).isEqualTo(1234);
    assertThat(read.device()).isEqualTo("device-EQ-1");
    assertThat(read.ticketId()).isNull();
    assertThat(ledger.lastEvent())
        .isEqualTo(
            new InMemoryLedger.Event(
                "ReadingRecorded", "{\"changes\":[{\"kind\":\"reading\",\"id\":\"r-1\"}]}"));
  }

  @Test
  void a_fault_opens_a_ticket_under_the_covering_contract_s_sla() {
    Reading read = record(DEVICE, reading("r-1", "EQ-1", 10, "E12"));

    assertThat(read.ticketId()).isEqualTo("r-1");
    Ticket ticket =
        world.json.decodeStored(
            ledger.stored(RecordKind.TICKET, "r-1").orElseThrow(), Ticket.class);
    assertThat(ticket.source()).isEqualTo(Source.reading("r-1"));
    assertThat(ticket.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(ticket.company()).isEqualTo("GREENFIX");
    assertThat(ticket.deadlines().makeSafe()).isNotNull();
    assertThat(ticket.description()).contains("E12");
  }

  @Test
  void further_faults_join_the_open_ticket_a_device_opened() {
    record(DEVICE, reading("r-1", "EQ-1", 10, "E12"));

    Reading second = record(DEVICE, reading("r-2", "EQ-1", 11, "E13"));

    assertThat(second.ticketId()).isEqualTo("r-1");
    assertThat(ledger.stored(RecordKind.TICKET, "r-2")).isEmpty();
    world.advance("r-1", "ack", "safe", "repair", "accept");
    assertThat(record(DEVICE, reading("r-3", "EQ-1", 12, "E12")).ticketId()).isEqualTo("r-3");
  }

  @Test
  void a_device_acts_for_its_own_machine_only_and_nobody_else_records_readings() {
    world.equipment.register(ledger.tx(SUPERVISOR), World.equipmentJson("EQ-2", World.PATH));
    InMemoryLedger.Snapshot before = ledger.snapshot();

    assertRefused(
            () -> readings.record(ledger.tx(DEVICE), reading("r-1", "EQ-2", 10, "E12")),
            ErrorCode.ACCESS_DENIED)
        .hasMessageContaining("machine EQ-1 only");
    assertRefused(
        () -> readings.record(ledger.tx(SUPERVISOR), reading("r-1", "EQ-1", 10, null)),
        ErrorCode.ACCESS_DENIED);
    Caller elsewhere = new Caller("PatrolMSP", "device-EQ-1", "device", null, null, "EQ-1");
    assertRefused(
        () -> readings.record(ledger.tx(elsewhere), reading("r-1", "EQ-1", 10, null)),
        ErrorCode.ACCESS_DENIED);
    Caller unbound = new Caller("AuthorityMSP", "device-x", "device", null, null, null);
    assertRefused(
        () -> readings.record(ledger.tx(unbound), reading("r-1", "EQ-1", 10, null)),
        ErrorCode.ACCESS_DENIED);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void the_same_reading_again_is_answered_as_stored_and_another_under_its_id_refused() {
    String first = readings.record(ledger.tx(DEVICE), reading("r-1", "EQ-1", 10, "E12"));
    int writes = ledger.writes();

    assertThat(readings.record(ledger.tx(DEVICE), reading("r-1", "EQ-1", 10, "E12")))
        .isEqualTo(first);
    assertThat(ledger.writes()).isEqualTo(writes);
    assertRefused(
        () -> readings.record(ledger.tx(DEVICE), reading("r-1", "EQ-1", 11, "E12")),
        ErrorCode.READING_EXISTS);
  }

  @Test
  void bad_readings_are_refused_and_change_nothing() {
    InMemoryLedger.Snapshot before = ledger.snapshot();
    for (String bad :
        new String[] {
          reading("r-1", "EQ-1", -1, null),
          reading("r-1", "EQ-1", 1_000_000_000_001L, null),
          reading("r 1", "EQ-1", 1, null),
          "{\"id\":\"r-1\",\"equipmentId\":\"EQ-1\",\"observedAt\":\"yesterday\",\"usageCount\":1}",
          "{\"id\":\"r-1\",\"equipmentId\":\"EQ-1\",\"observedAt\":\"2026-11-21T10:00:00Z\","
              + "\"usageCount\":1,\"faultCode\":\"E1\"}",
          "{\"id\":\"r-1\",\"equipmentId\":\"EQ-1\",\"observedAt\":\"2026-11-21T10:00:00Z\","
              + "\"usageCount\":1,\"faultCode\":\"e 1\",\"faultSeverity\":\"MAJOR\","
              + "\"faultCategory\":\"OTHER\"}"
        }) {
      assertRefused(() -> readings.record(ledger.tx(DEVICE), bad), ErrorCode.INVALID_INPUT);
    }
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void a_retired_machine_takes_no_readings() {
    world.equipment.retire(ledger.tx(SUPERVISOR), "EQ-1", "removed");

    assertRefused(
        () -> readings.record(ledger.tx(DEVICE), reading("r-1", "EQ-1", 10, null)),
        ErrorCode.EQUIPMENT_RETIRED);
  }
}
