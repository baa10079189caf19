package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fitledger.model.text.FreeText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class FreeTextStringsPropertyTest {
  record Step(String note) {}

  private static final JsonMapper JSON = GatewayJson.mapper();

  @Property(tries = 1000)
  void a_string_in_a_body_is_read_exactly_when_free_text_may_hold_it(@ForAll String text) {
    String body = "{\"note\":" + JsonNodeFactory.instance.stringNode(text) + "}";

    Throwable thrown =
        catchThrowable(() -> assertThat(JSON.readValue(body, Step.class).note()).isEqualTo(text));

    if (FreeText.offence(text).isEmpty()) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown)
          .isInstanceOfSatisfying(
              FreeTextStrings.Refused.class,
              refused ->
                  assertThat(refused.describe())
                      .isEqualTo(FreeText.offence(text).get().describe("note")));
    }
  }
}
