package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fitledger.model.ledger.WrittenRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangesTest {

  @Test
  void reads_every_change_in_write_order_keeping_the_text_of_numbers() {
    List<Changes.Change> changes =
        Changes.parse(
            "{\"changes\":[{\"kind\":\"patrol\",\"record\":{\"id\":\"p-1\",\"d\":12.30}},"
                + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-0\"}}]}",
            Map.of());

    assertThat(changes).extracting(Changes.Change::kind).containsExactly("patrol", "ticket");
    assertThat(RecordJson.write(changes.get(0).record())).isEqualTo("{\"id\":\"p-1\",\"d\":12.30}");
  }

  @Test
  void reads_each_named_record_from_what_the_transaction_wrote() {
    Map<String, String> written =
        Map.of(
            WrittenRecords.key("patrol", "p-1"),
            "{\"id\":\"p-1\",\"d\":12.30}",
            WrittenRecords.key("ticket", "p-1-0"),
            "{\"id\":\"p-1-0\"}",
            "\u0000ticket-equipment\u0000eq-1\u0000p-1-0\u0000",
            "\u0000");

    List<Changes.Change> changes =
        Changes.parse(
            "{\"changes\":[{\"kind\":\"patrol\",\"id\":\"p-1\"},"
                + "{\"kind\":\"ticket\",\"id\":\"p-1-0\"}]}",
            written);

    assertThat(changes).extracting(Changes.Change::kind).containsExactly("patrol", "ticket");
    assertThat(RecordJson.write(changes.get(0).record())).isEqualTo("{\"id\":\"p-1\",\"d\":12.30}");
    assertThat(RecordJson.write(changes.get(1).record())).isEqualTo("{\"id\":\"p-1-0\"}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"changes\":[{\"kind\":\"patrol\",\"id\":\"p-2\"}]}",
        "{\"changes\":[{\"kind\":\"ticket\",\"id\":\"p-1\"}]}",
        "{\"changes\":[{\"kind\":\"patrol\",\"id\":1}]}",
        "{\"changes\":[{\"kind\":\"patrol\",\"id\":\"p-3\"}]}",
        "{\"changes\":[{\"kind\":\"patrol\",\"id\":\"p-4\"}]}"
      })
  void refuses_a_change_naming_a_record_it_did_not_write_as_a_json_object(String payload) {
    Map<String, String> written =
        Map.of(
            WrittenRecords.key("patrol", "p-1"), "{\"id\":\"p-1\"}",
            WrittenRecords.key("patrol", "p-3"), "[1]",
            WrittenRecords.key("patrol", "p-4"), "{\"id\":");

    assertThatThrownBy(() -> Changes.parse(payload, written))
        .isInstanceOf(IllegalArgumentException.class);
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
    assertThatThrownBy(() -> Changes.parse(payload, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
