package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Open311 client libraries from PyPI (gateway/src/test/open311: georeport reads, civicbot
 * files) against the running stack: they list the services and read a service's attributes, file
 * one request in JSON and one in XML, and list and read both in both formats. Each request is then
 * on the ledger as a report awaiting triage, with its reporter's contact in the Authority's private
 * collection and only its salted hash in the report.
 */
class Open311ClientIT {
  private static final String PHONE = "13800000000";
  private static final LiveGateway gateway = LiveGateway.fromEnvironment();
  private static String machine;
  private static JsonNode got;

  @BeforeAll
  static void driveTheClients() throws Exception {
    machine = gateway.freshEquipment("Open311 park");
    String apiKey = Files.readString(Launcher.runDir().resolve("open311-demo.key")).strip();
    Path script = Path.of(System.getenv("FITLEDGER_HOME"), "gateway/src/test/open311/clients.sh");
    Path output = Files.createTempFile("open311-clients-", ".json");
    Path errors = Files.createTempFile("open311-clients-", ".log");
    try {
      Process process =
          new ProcessBuilder(script.toString(), gateway.base() + "open311/v2", apiKey, machine)
              .redirectOutput(output.toFile())
              .redirectError(errors.toFile())
              .start();
      assertThat(process.waitFor(Duration.ofMinutes(5).toMillis(), TimeUnit.MILLISECONDS))
          .as("the Open311 clients finish")
          .isTrue();
      assertThat(process.exitValue()).as(Files.readString(errors, StandardCharsets.UTF_8)).isZero();
      got = JsonMapper.shared().readTree(output.toFile());
    } finally {
      Files.deleteIfExists(output);
      Files.deleteIfExists(errors);
    }
  }

  /**
   * A field of each item of a list. georeport reads a one-request XML list as that request (as
   * xmltodict parses it), so an object is a list of one.
   */
  private static List<String> values(JsonNode list, String field) {
    List<String> found = new ArrayList<>();
    if (list.isObject()) {
      found.add(list.path(field).asString());
    } else {
      list.forEach(item -> found.add(item.path(field).asString()));
    }
    return found;
  }

  private static String filedJson() {
    return got.get("filed_json").get(0).get("service_request_id").asString();
  }

  private static String filedXml() {
    return got.get("filed_xml").get("service_request_id").asString();
  }

  @Test
  void the_clients_read_the_services_and_their_attributes_in_json_and_xml() {
    List<String> codes =
        List.of(
            "fitness-structural",
            "fitness-mechanical",
            "fitness-surface",
            "fitness-signage",
            "fitness-missing-part",
            "fitness-other");
    assertThat(values(got.get("services_json"), "service_code")).containsExactlyElementsOf(codes);
    assertThat(values(got.get("services_xml"), "service_code")).containsExactlyElementsOf(codes);
    assertThat(got.at("/services_json/0/metadata").asBoolean()).isTrue();
    assertThat(got.at("/services_xml/0/metadata").asString()).isEqualTo("true");
    assertThat(got.at("/definition_json/attributes/0/code").asString()).isEqualTo("danger");
    assertThat(got.at("/definition_xml/attributes/attribute/code").asString()).isEqualTo("danger");
    assertThat(values(got.at("/definition_json/attributes/0/values"), "key"))
        .containsExactly("yes", "no");
  }

  @Test
  void a_request_filed_in_each_format_gets_an_id_and_is_listed_and_read_in_both() {
    assertThat(filedJson()).startsWith("R-");
    assertThat(filedXml()).startsWith("R-").isNotEqualTo(filedJson());
    assertThat(got.get("filed_xml_url").asString()).endsWith("/requests.xml");
    for (String format : List.of("json", "xml")) {
      JsonNode listed = got.get("listed_" + format);
      assertThat(values(listed, "service_request_id"))
          .as(format)
          .containsExactlyInAnyOrder(filedJson(), filedXml());
      assertThat(values(listed, "status")).as(format).containsOnly("open");
      assertThat(values(listed, "address_id")).as(format).containsOnly(machine);
      assertThat(values(listed, "service_code"))
          .as(format)
          .containsExactlyInAnyOrder("fitness-mechanical", "fitness-surface");
      assertThat(values(got.get("read_" + format), "service_request_id"))
          .as(format)
          .containsExactly(filedJson(), filedXml());
      assertThat(values(got.get("listed_by_code_" + format), "service_request_id"))
          .as(format)
          .contains(filedJson())
          .doesNotContain(filedXml());
    }
    assertThat(got.toString()).doesNotContain(PHONE, "resident@example.org");
  }

  @Test
  void each_request_is_a_report_on_the_ledger_whose_contact_only_the_authority_holds() {
    JsonNode report = LiveGateway.json(gateway.get("supervisor1", "api/v1/reports/" + filedJson()));
    assertThat(report.get("equipmentId").asString()).isEqualTo(machine);
    assertThat(report.get("category").asString()).isEqualTo("MECHANICAL");
    assertThat(report.get("urgent").asBoolean()).isTrue();
    assertThat(report.get("receivedBy").asString()).isEqualTo("intake1");
    assertThat(report.get("contactHash").asString()).matches("[0-9a-f]{64}");
    assertThat(report.toString()).doesNotContain(PHONE);

    JsonNode contact =
        LiveGateway.json(gateway.get("supervisor1", "api/v1/reports/" + filedJson() + "/contact"));
    assertThat(contact.get("contact").asString()).isEqualTo(PHONE);
    assertThat(gateway.get("inspector1", "api/v1/reports/" + filedJson() + "/contact").statusCode())
        .isEqualTo(403);
    JsonNode other =
        LiveGateway.json(gateway.get("supervisor1", "api/v1/reports/" + filedXml() + "/contact"));
    assertThat(other.get("contact").asString()).isEqualTo("resident@example.org");
  }
}
