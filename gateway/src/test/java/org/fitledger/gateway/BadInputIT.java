package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Requests that once answered 500 on the running stack answer 400 {@code INVALID_INPUT} with the
 * error body, and change nothing.
 */
class BadInputIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api/v1/tickets?company=GREEN%00FIX",
        "api/v1/tickets?equipmentId=eq%00x",
        "api/v1/audit/diligence/inspections?inspector=inspector1%00",
        "api/v1/due-inspections?on=%2B999999999-12-31",
        "api/v1/audit/coverage?at=%2B100000-01-01T00:00:00Z",
        "api/v1/tickets?period=9999-12",
        "api/v1/audit/sla?period=9999-12",
        "api/v1/audit/diligence?period=9999-12",
        "api/v1/tickets?=x",
        "api/v1/audit/invalid-transactions?limit=2147483648",
        "api/v1/audit/invalid-transactions?fromBlock=abc"
      })
  void a_malformed_query_is_400_invalid_input(String path) {
    HttpResponse<String> answer = gateway.get("supervisor1", path);

    assertInvalidInput(answer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/v1/tickets", "api/v1/me", "api/v1/equipment"})
  void a_get_that_says_multipart_without_a_boundary_is_answered_as_any_get(String path) {
    HttpResponse<String> answer = gateway.getSaying("supervisor1", path, "multipart/form-data");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static void assertInvalidInput(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    JsonNode error = LiveGateway.json(answer);
    assertThat(error.get("code").asString()).isEqualTo("INVALID_INPUT");
    assertThat(error.get("message").asString()).isNotBlank();
  }
}
