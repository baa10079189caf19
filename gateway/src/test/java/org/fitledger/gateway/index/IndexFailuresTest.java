package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class IndexFailuresTest {
  @Test
  void names_a_full_disk_under_the_index_with_postgres_own_first_line() {
    SQLException full =
        new SQLException(
            "ERROR: could not extend file \"pg_tblspc/16384/PG_15_1/16385/16420\": No space left on"
                + " device\n  Hint: Check free disk space.",
            "53100");

    assertThat(IndexFailures.describe(new DataIntegrityViolationException("batch", full)))
        .isEqualTo(
            "the index's disk is full: ERROR: could not extend file"
                + " \"pg_tblspc/16384/PG_15_1/16385/16420\": No space left on device");
  }

  @Test
  void gives_any_other_failure_as_its_first_line_of_at_most_500_characters() {
    assertThat(IndexFailures.describe(new IllegalStateException("stream ended\nat block 7")))
        .isEqualTo("java.lang.IllegalStateException: stream ended");
    assertThat(IndexFailures.describe(new SQLException("x".repeat(2000), "08006")))
        .hasSize(500)
        .endsWith("…");
  }
}
