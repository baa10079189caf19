package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangesTest {

  @Test
  void reads_every_change_in_write_order_keeping_the_text_of_numbers() {
    List<Changes.Change> changes =
        Changes.parse(
            "{\"changes\":[{\"kind\":\"patrol\",\"record\":{\"id\":\"p-1\",\"d\":12.30}},"
                + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-0\"}}]}");

    assertThat(changes).extracting(Changes.Change::kind).containsExactly("patrol", "ticket");
    assertThat(RecordJson.write(changes.get(0).record())).isEqualTo("{\"id\":\"p-1\",\"d\":12.30}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "{\"id\":\"eq-1\"}",
        "{\"changes\":{}}",
        "{\"changes\":[{\"record\":{}}]}",
        "{\"changes\":[{\"kind\":\"ticket\",\"record\":[]}]}"
      })
  void refuses_a_payload_that_is_not_a_change_list(String payload) {
    assertThatThrownBy(() -> Changes.parse(payload)).isInstanceOf(IllegalArgumentException.class);
  }
}
