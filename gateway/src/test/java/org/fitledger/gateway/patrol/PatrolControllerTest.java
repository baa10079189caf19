package org.fitledger.gateway.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.PeerDetail;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.receipt.ReceiptDownloads;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.error.ErrorCode;
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

@WebMvcTest(PatrolController.class)
@Import({TestPeople.class, LedgerWrites.class})
class PatrolControllerTest {
  private static final String TX = "9f2c".repeat(16);
  private static final String OK_INSPECTION =
      "{\"equipmentId\":\"eq-1\",\"level\":\"ROUTINE\",\"condition\":\"OK\","
          + "\"checklist\":{\"bolts\":\"PASS\"},\"notes\":\"fine\",\"photoHashes\":[],"
          + "\"gps\":{\"latitude\":31.2304,\"longitude\":121.4737,\"accuracyMeters\":4.5},"
          + "\"observedAt\":\"2026-11-21T09:59:00Z\"}";
  private static final String DEFECT =
      "\"defect\":{\"severity\":\"MAJOR\",\"category\":\"MECHANICAL\",\"description\":\"loose\"}";
  private static final String REQUEST = "{\"id\":\"p-1\",\"inspections\":[" + OK_INSPECTION + "]}";
  private static final String RECORD =
      "{\"id\":\"p-1\",\"inspector\":\"inspector1\",\"inspectorMsp\":\"PatrolMSP\","
          + "\"recordedAt\":\"2026-11-21T10:00:00.123456Z\",\"txId\":\""
          + TX
          + "\",\"inspections\":[]}";

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean ReceiptDownloads receipts;
  @MockitoBean PatrolRepository repository;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;

  private MockMvcTester.MockMvcRequestBuilder post(String body) {
    return post(TestPeople.INSPECTOR, body);
  }

  private MockMvcTester.MockMvcRequestBuilder post(Person person, String body) {
    return mvc.post()
        .uri("/api/v1/patrols")
        .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  void records_as_the_inspector_with_recordPatrol_and_answers_201() {
    when(ledger.write(eq(TestPeople.INSPECTOR), eq("recordPatrol"), eq(REQUEST)))
        .thenReturn(new Submitted(TX, 8, RECORD));

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.CREATED)
        .hasHeader(HttpHeaders.LOCATION, "http://localhost/api/v1/patrols/p-1")
        .bodyJson()
        .isStrictlyEqualTo("{\"txId\":\"" + TX + "\",\"blockNumber\":8,\"record\":" + RECORD + "}");
    verify(progress).awaitProjected(8);
  }

  @Test
  void a_patrol_sent_again_is_answered_with_the_transaction_and_block_that_recorded_it() {
    when(ledger.write(eq(TestPeople.INSPECTOR), eq("recordPatrol"), eq(REQUEST)))
        .thenReturn(Submitted.unchanged(RECORD));
    when(indexed.awaitBlockOf(TX)).thenReturn(OptionalLong.of(8));

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .isStrictlyEqualTo("{\"txId\":\"" + TX + "\",\"blockNumber\":8,\"record\":" + RECORD + "}");
    verify(progress, never()).awaitProjected(anyLong());
  }

  @Test
  void a_patrol_sent_again_before_the_index_has_its_block_answers_503_to_send_again() {
    when(ledger.write(eq(TestPeople.INSPECTOR), eq("recordPatrol"), eq(REQUEST)))
        .thenReturn(Submitted.unchanged(RECORD));
    when(indexed.awaitBlockOf(TX)).thenReturn(OptionalLong.empty());

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("LEDGER_UNAVAILABLE");
  }

  @Test
  void a_note_with_a_nul_character_is_refused_before_any_endorsement() {
    assertThat(post(REQUEST.replace("\"notes\":\"fine\"", "\"notes\":\"fi\\u0000ne\"")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.message")
        .isEqualTo(
            "inspections[0].notes must not contain U+0000 (character 3): text may hold no control"
                + " character other than tab and line feed, no unpaired surrogate and no"
                + " non-character");
    verifyNoInteractions(ledger);
  }

  @Test
  void fills_absent_notes_checklist_and_photos_and_passes_a_defect_when_given() {
    String sparse =
        "{\"id\":\"p-2\",\"inspections\":[{\"equipmentId\":\"eq-1\",\"level\":\"ROUTINE\","
            + "\"condition\":\"DEFECT\",\"gps\":{\"latitude\":1,\"longitude\":2,"
            + "\"accuracyMeters\":3},\"observedAt\":\"2026-11-21T09:59:00Z\","
            + DEFECT
            + "}]}";
    when(ledger.write(any(), anyString(), anyString())).thenReturn(new Submitted(TX, 8, RECORD));

    assertThat(post(sparse)).hasStatus(HttpStatus.CREATED);
    verify(ledger)
        .write(
            TestPeople.INSPECTOR,
            "recordPatrol",
            "{\"id\":\"p-2\",\"inspections\":[{\"equipmentId\":\"eq-1\",\"level\":\"ROUTINE\","
                + "\"condition\":\"DEFECT\",\"checklist\":{},\"notes\":\"\",\"photoHashes\":[],"
                + "\"gps\":{\"latitude\":1.0,\"longitude\":2.0,\"accuracyMeters\":3.0},"
                + "\"observedAt\":\"2026-11-21T09:59:00Z\","
                + DEFECT
                + "}]}");
  }

  private void chaincodeDenies() {
    when(ledger.write(any(), anyString(), anyString()))
        .thenThrow(
            new LedgerException(
                ErrorCode.ACCESS_DENIED,
                "only inspectors record patrols",
                TX,
                List.of(new PeerDetail("peer0:7051", "AuthorityMSP", "ACCESS_DENIED: ...")),
                null));
  }

  @Test
  void answers_403_with_what_each_peer_said_but_not_which_peer_it_was() {
    chaincodeDenies();

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"ACCESS_DENIED\",\"message\":\"only inspectors record patrols\","
                + "\"txId\":\""
                + TX
                + "\",\"details\":[{\"message\":\"ACCESS_DENIED: ...\"}]}");
  }

  @Test
  void tells_a_supervisor_which_peer_said_what() {
    chaincodeDenies();

    assertThat(post(TestPeople.SUPERVISOR, REQUEST))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"ACCESS_DENIED\",\"message\":\"only inspectors record patrols\","
                + "\"txId\":\""
                + TX
                + "\",\"details\":[{\"address\":\"peer0:7051\",\"mspId\":\"AuthorityMSP\","
                + "\"message\":\"ACCESS_DENIED: ...\"}]}");
  }

  /** Fabric's words for a peer it could not dial: a host, a port and an organization. */
  private void peerUnreachable() {
    when(ledger.write(any(), anyString(), anyString()))
        .thenThrow(
            new LedgerException(
                ErrorCode.LEDGER_UNAVAILABLE,
                "UNAVAILABLE: failed to connect to peer0.patrol.fitledger:9051 (PatrolMSP)",
                TX,
                List.of(
                    new PeerDetail(
                        "peer0.patrol.fitledger:9051",
                        "PatrolMSP",
                        "rpc error: code = Unavailable desc = connection error: desc ="
                            + " \"transport: Error while dialing: dial tcp 10.0.3.7:9051:"
                            + " connect: connection refused\"")),
                null));
  }

  @Test
  void tells_an_inspector_the_ledger_could_not_be_reached_without_naming_its_hosts() {
    peerUnreachable();

    assertThat(post(REQUEST))
        .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"LEDGER_UNAVAILABLE\","
                + "\"message\":\"the ledger could not be reached; try again\",\"txId\":\""
                + TX
                + "\",\"details\":[{\"message\":\"the peer could not be reached\"}]}");
  }

  @Test
  void tells_a_supervisor_which_host_could_not_be_reached() {
    peerUnreachable();

    assertThat(post(TestPeople.SUPERVISOR, REQUEST))
        .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
        .bodyJson()
        .extractingPath("$.details[0].message")
        .asString()
        .contains("dial tcp 10.0.3.7:9051");
  }

  @Test
  void a_note_over_the_models_limit_is_refused_by_the_same_rule_before_any_endorsement() {
    String longNote = "x".repeat(1001);

    assertThat(post(REQUEST.replace("\"notes\":\"fine\"", "\"notes\":\"" + longNote + "\"")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"INVALID_INPUT\","
                + "\"message\":\"inspections[0].notes must be at most 1000 characters\","
                + "\"details\":[]}");
    verifyNoInteractions(ledger);
  }

  @Test
  void answers_400_for_malformed_json() {
    assertThat(post("{\"id\":")).hasStatus(HttpStatus.BAD_REQUEST);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"notes\":\"fine\" -> \"notes\":0",
        "\"notes\":\"fine\" -> \"notes\":false",
        "\"bolts\":\"PASS\" -> \"bolts\":1",
        "\"id\":\"p-1\" -> \"id\":-1.5",
        "\"observedAt\":\"2026-11-21T09:59:00Z\" -> \"observedAt\":1795600740"
      })
  void a_number_where_text_is_declared_is_refused(String replacement) {
    String[] parts = replacement.split(" -> ");

    assertThat(post(REQUEST.replace(parts[0], parts[1])))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"INVALID_INPUT\",\"message\":\"the request body is not valid JSON for this call\",\"details\":[]}");
    verifyNoInteractions(ledger);
  }

  @Test
  void returns_a_patrol_that_inspected_equipment_in_the_persons_district() {
    ObjectNode view = RecordJson.read(RECORD);
    view.put("blockNumber", 8);
    when(repository.find("p-1"))
        .thenReturn(Optional.of(new IndexedPatrol(view, List.of("SH/PD/ZJ/C01"))));

    assertThat(
            mvc.get()
                .uri("/api/v1/patrols/p-1")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR)))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(RECORD.replace("[]}", "[],\"blockNumber\":8}"));
    assertThat(
            mvc.get()
                .uri("/api/v1/patrols/p-1")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.OTHER_INSPECTOR)))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("PATROL_NOT_FOUND");
    assertThat(
            mvc.get()
                .uri("/api/v1/patrols/p-1")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.CONTRACTOR)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }
}
