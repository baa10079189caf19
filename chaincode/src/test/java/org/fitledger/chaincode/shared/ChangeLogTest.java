package org.fitledger.chaincode.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeLogTest {
  private final InMemoryLedger ledger = new InMemoryLedger();

  @Test
  void names_each_record_once_in_write_order_and_stores_its_last_text() {
    ChangeLog changes = new ChangeLog(ledger.tx(Fixtures.SUPERVISOR));

    changes.put(RecordKind.TICKET, "T-2", "{\"v\":1}");
    changes.put(RecordKind.PATROL, "P-1", "{}");
    changes.put(RecordKind.TICKET, "T-2", "{\"v\":2}");
    changes.emit("PatrolRecorded");

    assertThat(ledger.lastEvent())
        .isEqualTo(
            new InMemoryLedger.Event(
                "PatrolRecorded",
                "{\"changes\":[{\"kind\":\"ticket\",\"id\":\"T-2\"},"
                    + "{\"kind\":\"patrol\",\"id\":\"P-1\"}]}"));
    assertThat(ledger.stored(RecordKind.TICKET, "T-2")).contains("{\"v\":2}");
  }

  @Test
  void sets_no_event_when_nothing_was_written() {
    new ChangeLog(ledger.tx(Fixtures.SUPERVISOR)).emit("Nothing");

    assertThat(ledger.events()).isEmpty();
  }

  @Test
  void escapes_an_id_in_its_reference() {
    assertThat(ChangeLog.reference(RecordKind.PATROL, "P-\"1\\"))
        .isEqualTo("{\"kind\":\"patrol\",\"id\":\"P-\\\"1\\\\\"}");
  }
}
