package org.fitledger.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.stream.Stream;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(LedgerPingController.class)
@Import({TestPeople.class, LedgerWrites.class})
class LedgerPingControllerTest {
  private static final String TX = "5a1b".repeat(16);

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;

  static Stream<Person> everyRole() {
    return Stream.of(TestPeople.SUPERVISOR, TestPeople.INSPECTOR, TestPeople.CONTRACTOR);
  }

  private MockMvcTester.MockMvcRequestBuilder ping(Person person) {
    return mvc.post()
        .uri("/api/v1/ledger/ping")
        .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  @ParameterizedTest
  @MethodSource("everyRole")
  void commits_a_ping_as_anyone_signed_in_and_answers_its_transaction_and_block(Person person) {
    when(ledger.submit(person, "ping"))
        .thenReturn(new Submitted(TX, 12, "{\"txId\":\"" + TX + "\"}"));

    assertThat(ping(person))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo("{\"txId\":\"" + TX + "\",\"blockNumber\":12}");
  }

  @Test
  void answers_401_without_credentials_and_submits_nothing() {
    assertThat(mvc.post().uri("/api/v1/ledger/ping")).hasStatus(HttpStatus.UNAUTHORIZED);
    verifyNoInteractions(ledger);
  }

  @Test
  void reports_a_transaction_committed_as_invalid_with_its_code_and_transaction_id() {
    when(ledger.submit(TestPeople.INSPECTOR, "ping"))
        .thenThrow(
            new LedgerException(
                ErrorCode.COMMIT_FAILED,
                "transaction " + TX + " was committed as invalid: ENDORSEMENT_POLICY_FAILURE",
                TX,
                List.of(),
                null));

    assertThat(ping(TestPeople.INSPECTOR))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.txId")
        .isEqualTo(TX);
  }
}
