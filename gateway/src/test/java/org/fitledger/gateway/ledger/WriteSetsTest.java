package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WriteSetsTest {
  @Test
  void a_transaction_that_only_read_changes_nothing() {
    assertThat(WriteSets.changesNothing(PreparedTransactions.reading(false, null))).isTrue();
  }

  @Test
  void a_transaction_that_writes_a_key_changes_something() {
    assertThat(WriteSets.changesNothing(PreparedTransactions.reading(true, null))).isFalse();
  }

  @Test
  void a_transaction_that_only_emits_an_event_changes_something() {
    assertThat(WriteSets.changesNothing(PreparedTransactions.reading(false, "PatrolRecorded")))
        .isFalse();
  }

  @Test
  void bytes_that_are_not_a_prepared_transaction_are_refused() {
    assertThatThrownBy(() -> WriteSets.changesNothing(new byte[] {(byte) 0xff, 0x01}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
