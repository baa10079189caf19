package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.model.patrol.Patrol;
import org.fitledger.model.ticket.Ticket;
import org.junit.jupiter.api.Test;

class WrittenTest {
  private final RecordProjection.Written written =
      new RecordProjection.Written(
          RecordJson.read("{\"id\":\"p-1\",\"inspector\":\"inspector1\",\"inspections\":[]}"),
          new LedgerEvent(7, "tx", "fitledger", "PatrolRecorded", ""));

  @Test
  void reads_the_record_once_for_every_projection_that_asks_for_the_same_type() {
    Patrol first = written.as(Patrol.class);

    assertThat(first.id()).isEqualTo("p-1");
    assertThat(written.as(Patrol.class)).isSameAs(first);
  }

  @Test
  void reads_it_again_when_another_type_is_asked_for() {
    Patrol patrol = written.as(Patrol.class);

    assertThat(written.as(Ticket.class).id()).isEqualTo("p-1");
    assertThat(written.as(Patrol.class)).isNotSameAs(patrol).isEqualTo(patrol);
  }
}
