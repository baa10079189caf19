package org.fitledger.gateway.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;
import org.fitledger.gateway.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(VerifyController.class)
@Import(TestPeople.class)
class VerifyControllerTest {
  @Autowired MockMvcTester mvc;
  @MockitoBean Verifier verifier;
  @MockitoBean VerificationRepository index;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=2147483648",
        "limit=1.5",
        "limit=0",
        "fromBlock=abc",
        "fromBlock=9223372036854775808",
        "fromBlock=-1"
      })
  void a_page_of_invalid_or_quarantined_transactions_out_of_range_is_400_and_reads_nothing(
      String query) {
    for (String listing : new String[] {"invalid-transactions", "quarantined-transactions"}) {
      assertThat(
              mvc.get()
                  .uri(URI.create("/api/v1/audit/" + listing + "?" + query))
                  .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR)))
          .hasStatus(HttpStatus.BAD_REQUEST)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("INVALID_INPUT");
    }
    verifyNoInteractions(index, verifier);
  }

  @Test
  void lists_the_quarantined_transactions_to_a_supervisor_only() {
    when(index.quarantined(5, 100))
        .thenReturn(
            List.of(
                new QuarantinedTransaction(
                    "ab".repeat(32), 6, List.of("patrol/p-1"), "/notes: U+0000 at 11")));

    assertThat(
            mvc.get()
                .uri("/api/v1/audit/quarantined-transactions?fromBlock=5")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR)))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "[{\"txId\":\""
                + "ab".repeat(32)
                + "\",\"blockNumber\":6,\"records\":[\"patrol/p-1\"],"
                + "\"reason\":\"/notes: U+0000 at 11\"}]");
    assertThat(
            mvc.get()
                .uri("/api/v1/audit/quarantined-transactions")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR)))
        .hasStatus(HttpStatus.FORBIDDEN);
  }
}
