package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

  @Test
  void defaults_to_the_first_page_of_fifty() {
    assertThat(PageRequest.parse(null, "")).isEqualTo(new PageRequest(0, 50));
  }

  @Test
  void skips_the_rows_of_the_pages_before() {
    assertThat(PageRequest.parse("2", "20").offset()).isEqualTo(40);
    assertThat(PageRequest.parse(String.valueOf(Integer.MAX_VALUE), "500").offset())
        .isEqualTo(Integer.MAX_VALUE * 500L);
  }

  @ParameterizedTest(name = "page {0} size {1}")
  @CsvSource({"-1, 10", "0, 0", "0, 501", "x, 10", "0, 1.5", "1e2, 10"})
  void refuses_pages_below_zero_and_sizes_outside_one_to_five_hundred(String page, String size) {
    assertThatThrownBy(() -> PageRequest.parse(page, size)).isInstanceOf(CodedException.class);
  }

  @Test
  void a_page_of_items_keeps_the_request_and_the_total_of_all_pages() {
    Paged<Integer> page = Paged.of(List.of(1, 2), new PageRequest(3, 2), 8);

    assertThat(page).isEqualTo(new Paged<>(List.of(1, 2), 3, 2, 8));
  }
}
