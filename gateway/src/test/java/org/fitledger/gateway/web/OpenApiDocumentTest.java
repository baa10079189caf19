package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.enrol.CertificateAuthority;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.receipt.ReceiptDownloads;
import org.fitledger.gateway.verify.Verifier;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.gateway.write.SigningDocs;
import org.fitledger.model.format.Formats;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.configuration.SpringDocSpecPropertiesConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.MultipleOpenApiSupportConfiguration;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint is in the OpenAPI document, served without credentials at /v3/api-docs. */
@WebMvcTest(
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern =
                ".*\\.([A-Za-z]+Repository|open311\\.[A-Za-z0-9]+|report\\.ContactVault|enrol\\.Enrolments"
                    + "|transparency\\.OpenData(Settings|Snapshots))"))
@ImportAutoConfiguration({
  SpringDocConfiguration.class,
  SpringDocConfigProperties.class,
  SpringDocSpecPropertiesConfiguration.class,
  SpringDocWebMvcConfiguration.class,
  MultipleOpenApiSupportConfiguration.class
})
@Import({
  TestPeople.class,
  LedgerWrites.class,
  SigningDocs.class,
  OpenApiConfiguration.class,
  ErrorResponses.class,
  ClosedRequestBodies.class
})
class OpenApiDocumentTest {
  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean ReceiptDownloads receipts;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;
  @MockitoBean JdbcClient jdbc;
  @MockitoBean Verifier verifier;
  @MockitoBean CertificateAuthority ca;
  @MockitoBean NetworkConfig network;

  @Test
  void documents_every_endpoint_and_both_ways_to_authenticate() throws Exception {
    var result = mvc.get().uri("/v3/api-docs").exchange();
    assertThat(result).hasStatus(HttpStatus.OK);
    JsonNode document =
        JsonMapper.shared()
            .readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

    JsonNode paths = document.get("paths");
    assertThat(paths.propertyNames())
        .containsAll(
            List.of(
                "/api/v1/session",
                "/api/v1/me",
                "/api/v1/ledger/ping",
                "/api/v1/equipment",
                "/api/v1/equipment/{id}",
                "/api/v1/equipment/{id}/retirement",
                "/api/v1/equipment/{id}/history",
                "/api/v1/due-inspections",
                "/api/v1/equipment/{id}/inspections",
                "/api/v1/settings",
                "/api/v1/settings/location-tolerance",
                "/api/v1/contracts",
                "/api/v1/contracts/{id}",
                "/api/v1/contracts/{id}/sla",
                "/api/v1/contracts/{id}/history",
                "/api/v1/patrols",
                "/api/v1/patrols/{id}",
                "/api/v1/tickets",
                "/api/v1/tickets/{id}",
                "/api/v1/tickets/{id}/history",
                "/api/v1/tickets/{id}/acknowledgement",
                "/api/v1/tickets/{id}/make-safe",
                "/api/v1/tickets/{id}/repair",
                "/api/v1/tickets/{id}/verification",
                "/api/v1/tickets/{id}/reassignment",
                "/api/v1/tickets/{id}/cancellation",
                "/api/v1/audit/verify",
                "/api/v1/audit/invalid-transactions",
                "/api/v1/audit/coverage",
                "/api/v1/audit/coverage/overdue",
                "/api/v1/audit/sla",
                "/api/v1/audit/sla/steps",
                "/api/v1/audit/diligence",
                "/api/v1/audit/diligence/inspections"));
    assertThat(paths.get("/api/v1/tickets").get("get").get("parameters").toString())
        .contains("\"overdue\"", "\"period\"", "\"sort\"", "\"size\"");
    assertThat(document.get("components").get("securitySchemes").propertyNames())
        .contains("bearer", "basic");
    assertThat(paths.get("/api/v1/patrols").get("post").get("summary").asString())
        .contains("Record a patrol");
    assertThat(paths.get("/api/v1/ledger/ping").get("post").get("summary").asString())
        .contains("Write-path liveness check");
  }

  @Test
  void documents_signing_on_the_device_on_every_write_with_examples() throws Exception {
    var result = mvc.get().uri("/v3/api-docs").exchange();
    JsonNode document =
        JsonMapper.shared()
            .readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    JsonNode paths = document.get("paths");

    for (String[] write :
        new String[][] {
          {"/api/v1/patrols", "post"},
          {"/api/v1/tickets/{id}/repair", "post"},
          {"/api/v1/settings/location-tolerance", "put"},
          {"/api/v1/ledger/ping", "post"},
          {"/api/v1/reports/{id}/contact", "delete"}
        }) {
      JsonNode operation = paths.get(write[0]).get(write[1]);
      assertThat(operation.get("parameters").toString()).contains("Fitledger-Signing");
      assertThat(operation.get("responses").get("202").toString())
          .contains("#/components/schemas/ToSign");
    }
    assertThat(paths.get("/api/v1/patrols/{id}").get("get").toString())
        .doesNotContain("Fitledger-Signing");
    assertThat(paths.propertyNames())
        .contains(
            "/api/v1/transactions/{txId}/proposal-signature",
            "/api/v1/transactions/{txId}/transaction-signature");
    assertThat(document.get("components").get("schemas").get("ToSign").get("properties"))
        .isNotNull();
    String guide = "";
    for (JsonNode tag : document.get("tags")) {
      if (tag.get("name").asString().equals("signing")) {
        guide = tag.get("description").asString();
      }
    }
    assertThat(guide)
        .contains("openssl dgst -sha256 -sign", "Fitledger-Signing: device")
        .contains("Signature.getInstance(\"SHA256withECDSA\")", "Proposal.parseFrom");
  }

  @Test
  void declares_what_me_and_the_history_endpoints_really_answer() throws Exception {
    var result = mvc.get().uri("/v3/api-docs").exchange();
    JsonNode document =
        JsonMapper.shared()
            .readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

    // Only a contractor has a company: everyone else gets "company": null.
    assertThat(document.at("/components/schemas/Me/properties/company/type").toString())
        .contains("\"string\"", "\"null\"");
    for (String kind : List.of("tickets", "equipment", "contracts")) {
      JsonNode content =
          document.at("/paths/~1api~1v1~1" + kind + "~1{id}~1history/get/responses/200/content");
      assertThat(content.propertyNames()).as(kind).containsExactly("application/json");
      assertThat(content.get("application/json").at("/schema/type").asString())
          .as(kind + " history is a list of versions")
          .isEqualTo("array");
    }
  }

  /** Whether {@code fixed} answers a request meant for {@code templated}, such as an id "due". */
  private static boolean hides(String fixed, String templated) {
    String[] a = fixed.split("/");
    String[] b = templated.split("/");
    if (a.length != b.length || fixed.equals(templated)) {
      return false;
    }
    boolean hidesOne = false;
    for (int i = 0; i < a.length; i++) {
      boolean variable = b[i].startsWith("{");
      if (!a[i].equals(b[i]) && !(variable && !a[i].startsWith("{"))) {
        return false;
      }
      hidesOne |= variable && !a[i].startsWith("{");
    }
    return hidesOne;
  }

  @Test
  void no_path_answers_for_an_id_that_another_path_takes() throws Exception {
    List<String> paths = List.copyOf(document().get("paths").propertyNames());

    List<String> hidden = new ArrayList<>();
    for (String fixed : paths) {
      for (String templated : paths) {
        if (hides(fixed, templated)) {
          hidden.add(fixed + " hides " + templated);
        }
      }
    }

    assertThat(paths).contains("/api/v1/equipment/{id}", "/api/v1/due-inspections");
    assertThat(hidden).isEmpty();
    assertThat(hides("/api/v1/equipment/due", "/api/v1/equipment/{id}")).isTrue();
  }

  private JsonNode document() throws Exception {
    var result = mvc.get().uri("/v3/api-docs").exchange();
    assertThat(result).hasStatus(HttpStatus.OK);
    return JsonMapper.shared()
        .readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static JsonNode responses(JsonNode document, String path, String method) {
    return document.get("paths").get(path).get(method).get("responses");
  }

  @Test
  void declares_every_error_status_an_operation_can_answer_with_the_error_body() throws Exception {
    JsonNode document = document();

    JsonNode acknowledge = responses(document, "/api/v1/tickets/{id}/acknowledgement", "post");
    assertThat(acknowledge.propertyNames())
        .containsExactlyInAnyOrder(
            "200", "202", "400", "401", "403", "404", "409", "415", "428", "502", "503");
    for (String status : List.of("400", "401", "403", "404", "409", "415", "428", "502", "503")) {
      assertThat(acknowledge.at("/" + status + "/content/application~1json/schema/$ref").asString())
          .as(status)
          .isEqualTo("#/components/schemas/ApiError");
    }
    assertThat(acknowledge.at("/404/description").asString()).contains("TICKET_NOT_FOUND");
    assertThat(acknowledge.at("/409/description").asString())
        .contains("INVALID_TRANSITION", "COMMIT_FAILED");
    assertThat(acknowledge.at("/428/description").asString()).contains("SIGNATURE_REQUIRED");
    // Signing in is refused with 401, never 403, and reaches no ledger.
    assertThat(responses(document, "/api/v1/session", "post").propertyNames())
        .containsExactlyInAnyOrder("200", "400", "401", "415");
    // A read from the index by id may answer 404, but takes no body and conflicts with nothing.
    assertThat(responses(document, "/api/v1/tickets/{id}", "get").propertyNames())
        .contains("404")
        .doesNotContain("409", "415");
    assertThat(responses(document, "/api/v1/tickets", "get").propertyNames())
        .doesNotContain("404", "409", "415");

    JsonNode error = document.at("/components/schemas/ApiError");
    assertThat(error.get("required").toString()).contains("code", "message", "details");
    assertThat(error.at("/properties/details/items/$ref").asString())
        .isEqualTo("#/components/schemas/PeerDetail");
  }

  @Test
  void declares_201_with_a_location_for_the_writes_that_create_a_record() throws Exception {
    JsonNode document = document();
    for (String path :
        List.of("/api/v1/equipment", "/api/v1/contracts", "/api/v1/patrols", "/api/v1/tickets")) {
      JsonNode responses = responses(document, path, "post");
      assertThat(responses.propertyNames()).as(path).contains("201").doesNotContain("200");
      assertThat(responses.at("/201/headers/Location").isMissingNode()).as(path).isFalse();
      assertThat(responses.at("/201/content/application~1json/schema/$ref").asString())
          .as(path)
          .isEqualTo("#/components/schemas/WrittenJsonNode");
    }
    assertThat(responses(document, "/api/v1/tickets/{id}/repair", "post").propertyNames())
        .contains("200")
        .doesNotContain("201");
  }

  @Test
  void describes_every_answer_as_json_and_records_from_the_index_as_objects() throws Exception {
    JsonNode document = document();
    assertThat(document.toString()).doesNotContain("*/*");
    for (String path : List.of("/api/v1/tickets/{id}", "/api/v1/equipment/{id}")) {
      assertThat(responses(document, path, "get").at("/200/content/application~1json/schema/type"))
          .as(path)
          .hasToString("\"object\"");
    }
    assertThat(
            responses(document, "/api/v1/tickets", "get")
                .at("/200/content/application~1json/schema/$ref")
                .asString())
        .isEqualTo("#/components/schemas/PagedObjectNode");
    JsonNode paged = document.at("/components/schemas/PagedObjectNode/properties");
    assertThat(paged.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
    assertThat(paged.at("/items/items/type")).hasToString("\"object\"");
  }

  @Test
  void declares_the_csv_answer_of_the_audit_reports() throws Exception {
    JsonNode document = document();
    for (String path :
        List.of("/api/v1/audit/coverage", "/api/v1/audit/sla/steps", "/api/v1/audit/diligence")) {
      JsonNode responses = responses(document, path, "get");
      assertThat(responses.at("/200/content").propertyNames())
          .as(path)
          .containsExactlyInAnyOrder("application/json", "text/csv");
      assertThat(responses.propertyNames()).as(path).contains("406");
      JsonNode parameters = document.get("paths").get(path).get("get").get("parameters");
      assertThat(parameters.toString()).as(path).contains("\"enum\":[\"json\",\"csv\"]");
    }
    assertThat(responses(document, "/api/v1/equipment", "get").at("/200/content").propertyNames())
        .containsExactly("application/json");
  }

  @Test
  void declares_what_a_valid_request_body_holds() throws Exception {
    JsonNode schemas = document().at("/components/schemas");

    assertThat(schemas.at("/NewPatrol/required").toString()).contains("id", "inspections");
    assertThat(schemas.at("/NewPatrol/properties/inspections/minItems").asInt()).isEqualTo(1);
    assertThat(schemas.at("/Inspection/properties/level/enum").toString())
        .isEqualTo("[\"ROUTINE\",\"FUNCTIONAL\",\"STRUCTURAL\"]");
    assertThat(schemas.at("/Inspection/properties/photoHashes/items/pattern").asString())
        .isEqualTo(Formats.SHA256);
    assertThat(schemas.at("/Gps/properties/latitude/maximum").asInt()).isEqualTo(90);
    assertThat(schemas.at("/NewEquipment/required").toString())
        .contains("districtPath", "installedOn", "inspectionIntervals")
        .doesNotContain("\"id\"", "warrantyUntil");
    // The README registers equipment with "warrantyUntil": null.
    assertThat(schemas.at("/NewEquipment/properties/warrantyUntil/type").toString())
        .contains("\"null\"");
    assertThat(schemas.at("/NewContract/properties/company/pattern").asString())
        .isEqualTo(Formats.COMPANY);
    assertThat(schemas.at("/Sla/required").toString()).contains("CRITICAL", "MAJOR", "MINOR");
    assertThat(schemas.at("/NewTicket/properties/id/pattern").asString())
        .isEqualTo(Formats.TICKET_ID);
    assertThat(schemas.at("/Cancellation/required").toString()).contains("reason");
    assertThat(schemas.at("/LocationTolerance/properties/meters/maximum").asInt()).isEqualTo(10000);
  }

  @Test
  void declares_the_audit_reports_with_the_figures_that_may_be_null() throws Exception {
    JsonNode document = document();
    Map<String, String> reports =
        Map.of(
            "/api/v1/audit/coverage", "CoverageReport",
            "/api/v1/audit/sla", "SlaReport",
            "/api/v1/audit/diligence", "DiligenceReport");
    reports.forEach(
        (path, schema) ->
            assertThat(
                    responses(document, path, "get")
                        .at("/200/content/application~1json/schema/$ref")
                        .asString())
                .as(path)
                .isEqualTo("#/components/schemas/" + schema));

    JsonNode schemas = document.at("/components/schemas");
    // A report over all of one's districts, or all levels, says so with null.
    for (String pointer :
        List.of(
            "/CoverageReport/properties/district",
            "/CoverageReport/properties/level",
            "/SlaReport/properties/district",
            "/DiligenceReport/properties/district",
            // No ticket repaired, no step done: no rate, share, mean or median.
            "/SlaRow/properties/reworkRate",
            "/StepFigures/properties/onTimeShare",
            "/Hours/properties/mean",
            "/Hours/properties/median",
            // A delivery not yet sent, or sent at the first attempt.
            "/DeliveryStatus/properties/sentAt",
            "/DeliveryStatus/properties/lastError")) {
      assertThat(schemas.at(pointer + "/type").toString()).as(pointer).contains("\"null\"");
    }
    assertThat(schemas.at("/CoverageRow/properties/equipment/type").toString())
        .doesNotContain("null");
  }

  @Test
  void declares_that_request_bodies_take_no_field_they_do_not_name() throws Exception {
    JsonNode schemas = document().at("/components/schemas");
    for (String name :
        List.of(
            "NewEquipment",
            "Intervals",
            "NewContract",
            "Sla",
            "Terms",
            "NewPatrol",
            "Inspection",
            "Gps",
            "Defect",
            "NewTicket",
            "Evidence",
            "Verification",
            "Cancellation",
            "LocationTolerance",
            "Credentials")) {
      assertThat(schemas.at("/" + name + "/additionalProperties").toString())
          .as(name)
          .isEqualTo("false");
    }
    // The chaincode takes the three levels, each 1..3650 days, and no other key.
    assertThat(schemas.at("/Intervals/required").toString())
        .contains("ROUTINE", "FUNCTIONAL", "STRUCTURAL");
    assertThat(schemas.at("/Intervals/properties/STRUCTURAL/maximum").asInt()).isEqualTo(3650);
    // A checklist stays a map of item names to answers; an answer is no object to close.
    assertThat(schemas.at("/Inspection/properties/checklist/additionalProperties/type").asString())
        .isEqualTo("string");
    // What the gateway answers is not closed by this: a Session may gain fields.
    assertThat(schemas.at("/Session/additionalProperties").isMissingNode()).isTrue();
  }
}
