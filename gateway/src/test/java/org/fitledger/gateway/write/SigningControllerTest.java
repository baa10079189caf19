package org.fitledger.gateway.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Base64;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.ledger.Endorsement;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.ledger.Unsigned;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.web.Written;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A write signed on the person's device, all three steps, over a mocked ledger. */
@WebMvcTest({SigningControllerTest.Writes.class, SigningController.class})
@Import({
  TestPeople.class,
  LedgerWrites.class,
  SigningAdvice.class,
  SigningControllerTest.Writes.class
})
class SigningControllerTest {
  private static final String TX = "5e1f".repeat(16);
  private static final String SIGNATURE = Base64.getEncoder().encodeToString(new byte[] {48, 6});
  private static final Unsigned PROPOSAL = new Unsigned(TX, new byte[] {1}, new byte[] {2});
  private static final Unsigned TRANSACTION = new Unsigned(TX, new byte[] {3}, new byte[] {4});
  private static final String ANSWER = "{\"locationToleranceMeters\":250}";

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;

  /** A write as every controller makes one, through {@link LedgerWrites}. */
  @RestController
  static class Writes {
    private final LedgerWrites writes;

    Writes(LedgerWrites writes) {
      this.writes = writes;
    }

    @PutMapping("/api/v1/settings/location-tolerance")
    ResponseEntity<Written<JsonNode>> set(
        @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
      return writes.ok(person, "setLocationTolerance", "250");
    }

    @PostMapping("/api/v1/ledger/ping")
    ResponseEntity<String> ping(@RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
      return writes.ordered(person, Submitted::txId, "ping");
    }
  }

  @BeforeEach
  void prepare() {
    when(ledger.prepare(TestPeople.SUPERVISOR, "setLocationTolerance", "250")).thenReturn(PROPOSAL);
  }

  private MvcTestResult write(String signing) {
    var request =
        mvc.put()
            .uri("/api/v1/settings/location-tolerance")
            .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"meters\":250}");
    if (signing != null) {
      request.header("Fitledger-Signing", signing);
    }
    return request.exchange();
  }

  private MvcTestResult sign(String step, Person person, String body) {
    return mvc.post()
        .uri("/api/v1/transactions/" + TX + "/" + step)
        .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult sign(String step) {
    return sign(step, TestPeople.SUPERVISOR, "{\"signature\":\"" + SIGNATURE + "\"}");
  }

  @Test
  void a_write_asking_to_sign_on_the_device_is_answered_with_its_proposal_and_writes_nothing() {
    assertThat(write("device"))
        .hasStatus(HttpStatus.ACCEPTED)
        .hasHeader("Location", "/api/v1/transactions/" + TX + "/proposal-signature")
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.sign").isEqualTo("PROPOSAL");
              assertThat(json).extractingPath("$.message").isEqualTo("AQ==");
              assertThat(json).extractingPath("$.function").isEqualTo("setLocationTolerance");
              assertThat(json).extractingPath("$.arguments[0]").isEqualTo("250");
            });
    verify(ledger, never()).write(any(), any(), any(String[].class));
    verify(ledger, never()).endorse(any(), any(), any(), anyBoolean());
  }

  @Test
  void a_person_who_signs_on_a_device_cannot_have_the_gateway_sign_for_them() {
    when(ledger.signsOnDevice(TestPeople.SUPERVISOR)).thenReturn(true);

    assertThat(write(null))
        .hasStatus(HttpStatus.PRECONDITION_REQUIRED)
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.code").isEqualTo("SIGNATURE_REQUIRED");
              assertThat(json)
                  .extractingPath("$.message")
                  .asString()
                  .contains("Fitledger-Signing: device");
            });
    verify(ledger, never()).write(any(), any(), any(String[].class));
    assertThat(write("device")).hasStatus(HttpStatus.ACCEPTED);
  }

  @Test
  void a_person_whose_role_never_makes_the_write_is_refused_before_being_asked_to_sign_it() {
    when(ledger.signsOnDevice(TestPeople.INSPECTOR)).thenReturn(true);
    when(ledger.prepare(TestPeople.INSPECTOR, "setLocationTolerance", "250")).thenReturn(PROPOSAL);
    var write =
        mvc.put()
            .uri("/api/v1/settings/location-tolerance")
            .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"meters\":250}");

    assertThat(write.exchange())
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.code").isEqualTo("ACCESS_DENIED");
              assertThat(json)
                  .extractingPath("$.message")
                  .asString()
                  .startsWith("only supervisors may setLocationTolerance; ");
            });
    // Signed on the device, the chaincode decides, as it does every call.
    assertThat(write.header("Fitledger-Signing", "device").exchange())
        .hasStatus(HttpStatus.ACCEPTED);
  }

  @Test
  void the_signed_proposal_is_endorsed_once_and_the_signed_transaction_answers_the_write() {
    when(ledger.endorse(eq(TestPeople.SUPERVISOR), eq(PROPOSAL.serialized()), any(), eq(false)))
        .thenReturn(new Endorsement(TRANSACTION, ANSWER));
    when(ledger.commit(eq(TestPeople.SUPERVISOR), eq(TRANSACTION.serialized()), any()))
        .thenReturn(new Submitted(TX, 7, ANSWER));
    write("device");

    assertThat(sign("transaction-signature")).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(sign("proposal-signature"))
        .hasStatus(HttpStatus.ACCEPTED)
        .bodyJson()
        .extractingPath("$.sign")
        .isEqualTo("TRANSACTION");
    assertThat(sign("proposal-signature"))
        .hasStatus(HttpStatus.ACCEPTED)
        .bodyJson()
        .extractingPath("$.message")
        .isEqualTo("Aw==");
    verify(ledger, times(1)).endorse(any(), any(), any(), anyBoolean());
    assertThat(sign("transaction-signature"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.txId").isEqualTo(TX);
              assertThat(json).extractingPath("$.blockNumber").isEqualTo(7);
              assertThat(json).extractingPath("$.record.locationToleranceMeters").isEqualTo(250);
            });
    verify(progress).awaitProjected(7);
    assertThat(sign("transaction-signature")).hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void a_write_the_ledger_holds_already_is_answered_after_its_proposal_ordering_nothing() {
    String stored = "{\"locationToleranceMeters\":250,\"txId\":\"" + "9a".repeat(32) + "\"}";
    when(ledger.endorse(any(), any(), any(), anyBoolean()))
        .thenReturn(new Endorsement(null, stored));
    when(indexed.awaitBlockOf("9a".repeat(32))).thenReturn(java.util.OptionalLong.of(3L));
    write("device");

    assertThat(sign("proposal-signature"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$.blockNumber")
        .isEqualTo(3);
    verify(ledger, never()).commit(any(), any(), any());
  }

  @Test
  void a_write_that_is_always_ordered_is_ordered_after_its_proposal_though_it_writes_nothing() {
    when(ledger.prepare(TestPeople.SUPERVISOR, "ping")).thenReturn(PROPOSAL);
    when(ledger.endorse(eq(TestPeople.SUPERVISOR), eq(PROPOSAL.serialized()), any(), eq(true)))
        .thenReturn(new Endorsement(TRANSACTION, ""));
    when(ledger.commit(eq(TestPeople.SUPERVISOR), eq(TRANSACTION.serialized()), any()))
        .thenReturn(new Submitted(TX, 9, ""));
    when(ledger.signsOnDevice(TestPeople.SUPERVISOR)).thenReturn(true);
    var ping =
        mvc.post()
            .uri("/api/v1/ledger/ping")
            .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR));

    assertThat(ping.exchange()).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
    assertThat(ping.header("Fitledger-Signing", "device").exchange())
        .hasStatus(HttpStatus.ACCEPTED);
    assertThat(sign("proposal-signature"))
        .hasStatus(HttpStatus.ACCEPTED)
        .bodyJson()
        .extractingPath("$.sign")
        .isEqualTo("TRANSACTION");
    assertThat(sign("transaction-signature")).hasStatus(HttpStatus.OK).hasBodyTextEqualTo(TX);
    verify(ledger, never()).submit(any(), any(), any(String[].class));
  }

  @Test
  void only_the_person_who_made_the_write_may_sign_it_and_a_signature_must_be_base64() {
    write("device");

    assertThat(
            sign(
                "proposal-signature",
                TestPeople.INSPECTOR,
                "{\"signature\":\"" + SIGNATURE + "\"}"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("TRANSACTION_NOT_FOUND");
    assertThat(sign("proposal-signature", TestPeople.SUPERVISOR, "{\"signature\":\"not base64!\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(sign("proposal-signature", TestPeople.SUPERVISOR, "{}"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    verify(ledger, never()).endorse(any(), any(), any(), anyBoolean());
  }

  @Test
  void a_write_without_the_header_is_signed_by_the_gateway_as_before() {
    when(ledger.write(TestPeople.SUPERVISOR, "setLocationTolerance", "250"))
        .thenReturn(new Submitted(TX, 2, ANSWER));

    assertThat(write(null)).hasStatus(HttpStatus.OK);
    verify(ledger, never()).prepare(any(), any(), any(String[].class));
  }
}
