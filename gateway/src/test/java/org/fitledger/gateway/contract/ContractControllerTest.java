package org.fitledger.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.write.LedgerWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(ContractController.class)
@Import({TestPeople.class, LedgerWrites.class})
class ContractControllerTest {
  private static final String TX = "5c4b".repeat(16);
  private static final String SLA =
      "{\"CRITICAL\":{\"acknowledgeHours\":4,\"makeSafeHours\":24,\"repairHours\":72},"
          + "\"MAJOR\":{\"acknowledgeHours\":24,\"repairHours\":168},"
          + "\"MINOR\":{\"acknowledgeHours\":0.0003,\"repairHours\":0.0003}}";
  private static final String REQUEST =
      "{\"id\":\"c-1\",\"company\":\"GREENFIX\",\"districts\":[\"SH/PD\"],\"sites\":[],"
          + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\",\"sla\":"
          + SLA
          + "}";
  private static final String RECORD =
      "{\"id\":\"c-1\",\"company\":\"GREENFIX\",\"slaVersion\":1,\"txId\":\"" + TX + "\"}";

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean ContractRepository repository;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @Test
  void registers_passing_fractional_sla_hours_exactly_as_given() {
    when(ledger.write(TestPeople.SUPERVISOR, "registerContract", REQUEST))
        .thenReturn(new Submitted(TX, 3, RECORD));

    assertThat(
            mvc.post()
                .uri("/api/v1/contracts")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST))
        .hasStatus(HttpStatus.CREATED)
        .hasHeader(HttpHeaders.LOCATION, "http://localhost/api/v1/contracts/c-1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"company\":\"GREENFIX\" -> \"company\":7",
        "\"sites\":[] -> \"sites\":[1,2]",
        "\"validTo\":\"2026-12-31\" -> \"validTo\":2026.1231",
        "\"acknowledgeHours\":4, -> \"acknowledgeHours\":\"4\",",
        "\"acknowledgeHours\":24, -> \"acknowledgeHours\":24,\"makeSafeHours\":\" \","
      })
  void a_value_of_another_json_type_than_declared_is_refused(String replacement) {
    String[] parts = replacement.split(" -> ");

    assertThat(
            mvc.post()
                .uri("/api/v1/contracts")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST.replace(parts[0], parts[1])))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"INVALID_INPUT\",\"message\":\"the request body is not valid JSON for this call\",\"details\":[]}");
    verifyNoInteractions(ledger);
  }

  @Test
  void updates_the_sla_with_the_id_and_the_terms() {
    when(ledger.write(TestPeople.SUPERVISOR, "updateContractSla", "c-1", SLA))
        .thenReturn(new Submitted(TX, 4, RECORD));

    assertThat(
            mvc.put()
                .uri("/api/v1/contracts/c-1/sla")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(SLA))
        .hasStatus(HttpStatus.OK);
    verify(progress).awaitProjected(4);
  }

  @Test
  void shows_a_contract_to_supervisors_and_its_own_company_only() {
    ObjectNode view = RecordJson.read(RECORD);
    view.put("blockNumber", 3);
    when(repository.find("c-1")).thenReturn(Optional.of(new IndexedContract(view, "GREENFIX")));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/contracts/c-1")).hasStatus(HttpStatus.OK);
    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/contracts/c-1")).hasStatus(HttpStatus.OK);
    assertThat(get(TestPeople.OTHER_CONTRACTOR, "/api/v1/contracts/c-1"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("CONTRACT_NOT_FOUND");
    assertThat(get(TestPeople.INSPECTOR, "/api/v1/contracts/c-1/history"))
        .hasStatus(HttpStatus.NOT_FOUND);
  }
}
