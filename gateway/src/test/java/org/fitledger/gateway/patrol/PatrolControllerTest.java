package org.fitledger.gateway.patrol;

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
import org.fitledger.gateway.ledger.PeerDetail;
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

@WebMvcTest(PatrolController.class)
@Import(TestPeople.class)
class PatrolControllerTest {
  private static final String TX = "9f2c".repeat(16);
  private static final String REQUEST =
      "{\"id\":\"p-1\",\"equipmentId\":\"eq-1\",\"condition\":\"OK\",\"note\":\"fine\"}";
  private static final String RECORD =
      "{\"id\":\"p-1\",\"equipmentId\":\"eq-1\",\"condition\":\"OK\",\"note\":\"fine\","
          + "\"inspector\":\"User1@patrol.fitledger.example\",\"inspectorMsp\":\"PatrolMSP\","
          + "\"recordedAt\":\"2026-11-21T10:00:00.123456Z\",\"txId\":\""
          + TX
          + "\"}";

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean PatrolRepository repository;
  @MockitoBean IndexProgress progress;

  private MockMvcTester.MockMvcRequestBuilder post(String body) {
    return mvc.post()
        .uri("/api/v1/patrols")
        .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  void answers_401_without_credentials_and_calls_no_ledger() {
    assertThat(
            mvc.post()
                .uri("/api/v1/patrols")
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fitledger\", charset=\"UTF-8\"")
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"UNAUTHENTICATED\","
                + "\"message\":\"HTTP Basic credentials of a FitLedger person needed\","
                + "\"details\":[]}");
    verifyNoInteractions(ledger);
  }

  @Test
  void records_as_the_signed_in_person_and_answers_201_once_the_block_is_indexed() {
    when(ledger.submit(eq(TestPeople.INSPECTOR), eq("createPatrol"), eq(REQUEST)))
        .thenReturn(new Submitted(TX, 12, RECORD));

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.CREATED)
        .hasHeader(HttpHeaders.LOCATION, "http://localhost/api/v1/patrols/p-1")
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"transactionId\":\"" + TX + "\",\"blockNumber\":12,\"record\":" + RECORD + "}");
    verify(progress).awaitProjected(12);
  }

  @Test
  void sends_an_absent_note_as_empty() {
    when(ledger.submit(any(), anyString(), anyString())).thenReturn(new Submitted(TX, 12, RECORD));

    post("{\"id\":\"p-1\",\"equipmentId\":\"eq-1\",\"condition\":\"OK\"}").exchange();

    verify(ledger)
        .submit(
            TestPeople.INSPECTOR,
            "createPatrol",
            "{\"id\":\"p-1\",\"equipmentId\":\"eq-1\",\"condition\":\"OK\",\"note\":\"\"}");
  }

  @Test
  void answers_403_with_the_transaction_id_and_every_peer_detail_when_access_is_denied() {
    PeerDetail detail =
        new PeerDetail(
            "peer0.patrol:9051", "PatrolMSP", "chaincode response 500, ACCESS_DENIED: no");
    when(ledger.submit(any(), anyString(), anyString()))
        .thenThrow(new LedgerException(ErrorCode.ACCESS_DENIED, "no", TX, List.of(detail), null));

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"ACCESS_DENIED\",\"message\":\"no\",\"transactionId\":\""
                + TX
                + "\",\"details\":[{\"address\":\"peer0.patrol:9051\",\"mspId\":\"PatrolMSP\","
                + "\"message\":\"chaincode response 500, ACCESS_DENIED: no\"}]}");
  }

  @Test
  void answers_409_to_a_patrol_id_conflict() {
    when(ledger.submit(any(), anyString(), anyString()))
        .thenThrow(
            new LedgerException(ErrorCode.PATROL_ID_CONFLICT, "differs", TX, List.of(), null));

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("PATROL_ID_CONFLICT");
  }

  @Test
  void answers_503_when_no_peer_answers() {
    when(ledger.submit(any(), anyString(), anyString()))
        .thenThrow(
            new LedgerException(
                ErrorCode.LEDGER_UNAVAILABLE, "UNAVAILABLE: io", TX, List.of(), null));

    assertThat(post(REQUEST)).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
  }

  @Test
  void answers_400_invalid_input_to_a_malformed_body() {
    assertThat(post("{\"id\":"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(ledger);
  }

  @Test
  void answers_400_invalid_input_to_an_unknown_field() {
    assertThat(post("{\"id\":\"p-1\",\"equipmentId\":\"eq-1\",\"condition\":\"OK\",\"gps\":1}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(ledger);
  }

  @Test
  void returns_an_indexed_patrol_with_its_block_number() {
    when(repository.find("p-1"))
        .thenReturn(
            Optional.of(
                new PatrolView(
                    new Patrol(
                        "p-1",
                        "eq-1",
                        "OK",
                        "fine",
                        "User1@patrol.fitledger.example",
                        "PatrolMSP",
                        "2026-11-21T10:00:00.123456Z",
                        TX),
                    12)));

    assertThat(
            mvc.get()
                .uri("/api/v1/patrols/p-1")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.CONTRACTOR)))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(RECORD.replace("}", ",\"blockNumber\":12}"));
  }

  @Test
  void answers_404_with_the_code_for_a_patrol_not_in_the_index() {
    when(repository.find("p-9")).thenReturn(Optional.empty());

    assertThat(
            mvc.get()
                .uri("/api/v1/patrols/p-9")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR)))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"PATROL_NOT_FOUND\",\"message\":\"no patrol p-9\",\"details\":[]}");
  }
}
