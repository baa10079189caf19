package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhereTest {

  @Test
  void joins_conditions_with_and_keeping_parameters_in_their_order() {
    Where where =
        new Where()
            .and("t.company = ?", "GREENFIX")
            .andIn("t.state", List.of("OPEN", "CLOSED"))
            .and("t.opened_ts >= ?::timestamptz", "2026-11-01T00:00:00Z");

    assertThat(where.sql())
        .isEqualTo(" where t.company = ? and t.state in (?, ?) and t.opened_ts >= ?::timestamptz");
    assertThat(where.params())
        .containsExactly("GREENFIX", "OPEN", "CLOSED", "2026-11-01T00:00:00Z");
  }

  @Test
  void a_district_prefix_matches_its_own_path_and_those_below_it_segment_by_segment() {
    Where where = new Where().andWithin("e.district_path", List.of("SH/PD", "BJ"));

    assertThat(where.conditions())
        .isEqualTo(
            "(e.district_path = ? or e.district_path like ?"
                + " or e.district_path = ? or e.district_path like ?)");
    assertThat(where.params()).containsExactly("SH/PD", "SH/PD/%", "BJ", "BJ/%");
  }

  @Test
  void matches_nothing_for_no_prefix_or_no_value_and_everything_without_conditions() {
    assertThat(new Where().andWithin("e.district_path", List.of()).sql()).isEqualTo(" where false");
    assertThat(new Where().andIn("t.state", List.of()).conditions()).isEqualTo("false");
    assertThat(new Where().sql()).isEmpty();
    assertThat(new Where().conditions()).isEqualTo("true");
  }
}
