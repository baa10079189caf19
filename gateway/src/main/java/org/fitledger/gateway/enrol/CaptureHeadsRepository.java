package org.fitledger.gateway.enrol;

import java.util.Optional;
import org.fitledger.gateway.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hash of the last capture the ledger took from a person (the head of their chain), from the
 * index: a newly enrolled phone signs its first capture as following it, so that changing phones is
 * no break in the chain.
 */
@Repository
class CaptureHeadsRepository {
  private final JdbcClient jdbc;

  CaptureHeadsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person's last capture on the ledger, as the index has it so far; empty if none. */
  Optional<String> of(Person person) {
    return jdbc.sql(
            "select record -> 'capture' ->> 'hash' from patrols where inspector_msp = ? and"
                + " inspector = ? and (record -> 'capture') is not null"
                + " order by block_number desc, recorded_at desc limit 1")
        .params(person.mspId(), person.username())
        .query(String.class)
        .optional();
  }
}
