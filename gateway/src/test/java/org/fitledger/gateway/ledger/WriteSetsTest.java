package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fitledger.model.ledger.WrittenRecords;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.junit.jupiter.api.Test;

class WriteSetsTest {
  @Test
  void a_transaction_that_only_read_changes_nothing() {
    assertThat(
            WriteSets.changesNothing(WriteSets.actions(PreparedTransactions.reading(false, null))))
        .isTrue();
  }

  @Test
  void a_transaction_that_writes_a_key_changes_something() {
    assertThat(
            WriteSets.changesNothing(WriteSets.actions(PreparedTransactions.reading(true, null))))
        .isFalse();
  }

  @Test
  void a_transaction_that_only_emits_an_event_changes_something() {
    assertThat(
            WriteSets.changesNothing(
                WriteSets.actions(PreparedTransactions.reading(false, "PatrolRecorded"))))
        .isFalse();
  }

  @Test
  void reads_the_values_a_transaction_writes_in_the_chaincodes_namespace_only() throws Exception {
    ChaincodeAction action =
        WriteSets.actions(PreparedTransactions.reading(true, "PatrolRecorded")).get(0);

    assertThat(WriteSets.values(action, "fitledger"))
        .containsEntry(WrittenRecords.key("patrol", "p-1"), PreparedTransactions.PATROL)
        .hasSize(2);
    assertThat(WriteSets.values(action, "othercc")).isEmpty();
  }

  @Test
  void bytes_that_are_not_a_prepared_transaction_are_refused() {
    assertThatThrownBy(() -> WriteSets.actions(new byte[] {(byte) 0xff, 0x01}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
