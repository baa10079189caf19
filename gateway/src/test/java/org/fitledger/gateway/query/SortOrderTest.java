package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.junit.jupiter.api.Test;

class SortOrderTest {
  private static final List<String> KEYS = List.of("openedAt", "severity");

  @Test
  void sorts_ascending_by_a_key_and_descending_after_a_minus() {
    assertThat(SortOrder.parse("severity", KEYS, "openedAt"))
        .isEqualTo(new SortOrder("severity", false));
    assertThat(SortOrder.parse("-severity", KEYS, "openedAt").direction()).isEqualTo("desc");
    assertThat(SortOrder.parse(null, KEYS, "openedAt")).isEqualTo(new SortOrder("openedAt", false));
  }

  @Test
  void refuses_a_key_not_offered_so_that_no_text_reaches_the_sql() {
    assertThatThrownBy(() -> SortOrder.parse("id; drop table tickets", KEYS, "openedAt"))
        .isInstanceOf(CodedException.class)
        .hasMessageContaining("openedAt, severity");
    assertThatThrownBy(() -> SortOrder.parse("+severity", KEYS, "openedAt"))
        .isInstanceOf(CodedException.class);
  }
}
