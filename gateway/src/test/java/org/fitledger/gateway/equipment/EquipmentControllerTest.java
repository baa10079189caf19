package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.fitledger.gateway.error.ErrorCode;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(EquipmentController.class)
@Import(TestPeople.class)
class EquipmentControllerTest {
  private static final String TX = "0a1b".repeat(16);
  private static final String REQUEST =
      "{\"id\":\"eq-1\",\"type\":\"pull-up bar\",\"site\":\"Riverside park\"}";
  private static final String RECORD =
      "{\"id\":\"eq-1\",\"type\":\"pull-up bar\",\"site\":\"Riverside park\","
          + "\"status\":\"IN_SERVICE\",\"registeredBy\":\"Admin@authority.fitledger.example\","
          + "\"registeredAt\":\"2026-11-21T09:00:00Z\",\"txId\":\""
          + TX
          + "\"}";

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean EquipmentRepository repository;
  @MockitoBean IndexProgress progress;

  private MockMvcTester.MockMvcRequestBuilder post(String authorization) {
    MockMvcTester.MockMvcRequestBuilder request =
        mvc.post()
            .uri("/api/v1/equipment")
            .contentType(MediaType.APPLICATION_JSON)
            .content(REQUEST);
    return authorization == null
        ? request
        : request.header(HttpHeaders.AUTHORIZATION, authorization);
  }

  @Test
  void answers_401_without_credentials_and_calls_no_ledger() {
    assertThat(post(null))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("UNAUTHENTICATED");
    verifyNoInteractions(ledger);
  }

  @Test
  void registers_as_the_signed_in_supervisor_and_answers_201_with_the_record() {
    when(ledger.submit(eq(TestPeople.SUPERVISOR), eq("registerEquipment"), eq(REQUEST)))
        .thenReturn(new Submitted(TX, 5, RECORD));

    assertThat(post(TestPeople.basic(TestPeople.SUPERVISOR)))
        .hasStatus(HttpStatus.CREATED)
        .hasHeader(HttpHeaders.LOCATION, "http://localhost/api/v1/equipment/eq-1")
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"transactionId\":\"" + TX + "\",\"blockNumber\":5,\"record\":" + RECORD + "}");
    verify(progress).awaitProjected(5);
  }

  @Test
  void answers_409_when_the_id_is_taken_by_other_equipment() {
    when(ledger.submit(any(), anyString(), anyString()))
        .thenThrow(
            new LedgerException(ErrorCode.EQUIPMENT_EXISTS, "eq-1 exists", TX, List.of(), null));

    assertThat(post(TestPeople.basic(TestPeople.SUPERVISOR)))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"EQUIPMENT_EXISTS\",\"message\":\"eq-1 exists\",\"transactionId\":\""
                + TX
                + "\",\"details\":[]}");
  }

  @Test
  void returns_indexed_equipment_with_its_block_number() {
    when(repository.find("eq-1"))
        .thenReturn(
            Optional.of(
                new EquipmentView(
                    new Equipment(
                        "eq-1",
                        "pull-up bar",
                        "Riverside park",
                        "IN_SERVICE",
                        "Admin@authority.fitledger.example",
                        "2026-11-21T09:00:00Z",
                        TX),
                    5)));

    assertThat(
            mvc.get()
                .uri("/api/v1/equipment/eq-1")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR)))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(RECORD.replace("}", ",\"blockNumber\":5}"));
  }

  @Test
  void answers_404_with_the_code_for_equipment_not_in_the_index() {
    when(repository.find("eq-9")).thenReturn(Optional.empty());

    assertThat(
            mvc.get()
                .uri("/api/v1/equipment/eq-9")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR)))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"EQUIPMENT_NOT_FOUND\",\"message\":\"no equipment eq-9\",\"details\":[]}");
  }
}
