package org.fitledger.gateway.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fitledger.gateway.XmlShape;
import org.fitledger.model.ticket.Category;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FitLedger's answers have the shape of the specification's own examples (src/test/resources/
 * open311): the same elements in the same order and nesting, in XML; and in JSON the same fields.
 */
class Open311SpecExamplesTest {
  private static final JsonMapper JSON = JsonMapper.shared();

  private static String example(String name) throws IOException {
    try (InputStream in = Open311SpecExamplesTest.class.getResourceAsStream("/open311/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String xml(String root, Object body) {
    ResponseEntity<byte[]> answer = Open311Format.XML.write(HttpStatus.OK, root, body, JSON);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/xml");
    return new String(answer.getBody(), StandardCharsets.UTF_8);
  }

  private static JsonNode json(Object body) {
    return JSON.readTree(Open311Format.JSON.write(HttpStatus.OK, "ignored", body, JSON).getBody());
  }

  @Test
  void discovery_services_and_definitions_have_the_specification_s_shape() throws Exception {
    assertThat(XmlShape.of(xml("discovery", Open311Services.discovery("http://x/open311/v2"))))
        .isEqualTo(XmlShape.of(example("discovery.xml")));
    assertThat(XmlShape.of(xml("services", Open311Services.list())))
        .isEqualTo(XmlShape.of(example("services.xml")));
    assertThat(
            XmlShape.of(xml("service_definition", Open311Services.definition(Category.MECHANICAL))))
        .isEqualTo(XmlShape.of(example("service_definition.xml")));
  }

  @Test
  void the_answers_to_a_filing_a_token_and_an_error_have_the_specification_s_shape()
      throws Exception {
    Object filed =
        List.of(
            Open311Format.fields(
                "service_request_id", "R-1", "service_notice", "", "account_id", null));
    assertThat(XmlShape.of(xml("service_requests", filed)))
        .isEqualTo(XmlShape.of(example("post_requests.xml")));
    assertThat(
            XmlShape.of(
                xml(
                    "service_requests",
                    List.of(Open311Format.fields("service_request_id", "R-1", "token", "R-1")))))
        .isEqualTo(XmlShape.of(example("tokens.xml")));
    assertThat(
            XmlShape.of(
                xml("errors", List.of(Open311Format.fields("code", 403, "description", "no")))))
        .isEqualTo(XmlShape.of(example("errors.xml")));
  }

  @Test
  void json_keeps_the_fields_in_the_specification_s_order_and_types() {
    JsonNode services = json(Open311Services.list());
    assertThat(services.get(0).propertyNames())
        .containsExactly(
            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    assertThat(services.get(0).get("metadata").isBoolean()).isTrue();
    assertThat(services).hasSize(Category.values().length);
    JsonNode attribute = json(Open311Services.definition(Category.SURFACE)).at("/attributes/0");
    assertThat(attribute.get("required").isBoolean()).isTrue();
    assertThat(attribute.get("order").isInt()).isTrue();
  }

  @Test
  void xml_text_is_escaped() throws Exception {
    String answer =
        xml("errors", List.of(Open311Format.fields("code", 400, "description", "a <b> & \"c\"")));

    assertThat(answer).contains("a &lt;b&gt; &amp;");
    assertThat(XmlShape.of(answer)).isEqualTo("errors(error(code,description))");
  }

  @Test
  void service_codes_name_the_categories_and_nothing_else() {
    for (Category category : Category.values()) {
      assertThat(Open311Services.category(Open311Services.code(category))).contains(category);
    }
    assertThat(Open311Services.code(Category.MISSING_PART)).isEqualTo("fitness-missing-part");
    assertThat(Open311Services.category("fitness-")).isEmpty();
    assertThat(Open311Services.category("MECHANICAL")).isEmpty();
  }
}
