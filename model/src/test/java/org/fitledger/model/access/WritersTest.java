package org.fitledger.model.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Role;
import org.junit.jupiter.api.Test;

class WritersTest {

  @Test
  void each_write_names_the_roles_that_may_make_it() {
    assertThat(Writers.of(Transactions.RECORD_PATROL)).containsExactly(Role.INSPECTOR);
    assertThat(Writers.of(Transactions.CONFIRM_REPAIR)).containsExactly(Role.CONTRACTOR);
    assertThat(Writers.of(Transactions.REGISTER_EQUIPMENT)).containsExactly(Role.SUPERVISOR);
    assertThat(Writers.of(Transactions.PURGE_REPORT_CONTACT))
        .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.INTAKE);
    assertThat(Writers.of(Transactions.PING)).containsExactlyInAnyOrder(Role.values());
  }

  @Test
  void the_reader_writes_nothing_but_ping_and_a_read_is_no_write() {
    assertThat(Writers.functions())
        .filteredOn(f -> Writers.mayWrite(Role.READER, f))
        .containsExactly(Transactions.PING);
    assertThat(Writers.of(Transactions.READ_TICKET)).isEmpty();
    assertThat(Writers.mayWrite(Role.SUPERVISOR, Transactions.READ_TICKET)).isFalse();
  }
}
