package org.fitledger.gateway.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Period;
import org.fitledger.gateway.query.SortOrder;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(TicketController.class)
@Import({TestPeople.class, LedgerWrites.class})
class TicketControllerTest {
  private static final String TX = "7e3d".repeat(16);
  private static final String RECORD =
      "{\"id\":\"t-1\",\"equipmentId\":\"eq-1\",\"districtPath\":\"SH/PD/ZJ/C01\","
          + "\"state\":\"ACKNOWLEDGED\",\"company\":\"GREENFIX\",\"txId\":\""
          + TX
          + "\"}";

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean TicketRepository repository;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;

  private MockMvcTester.MockMvcRequestBuilder post(Person person, String uri, String body) {
    return mvc.post()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
  }

  private static IndexedTicket indexed(String company) {
    ObjectNode view = RecordJson.read(RECORD);
    view.put("blockNumber", 9);
    return new IndexedTicket(view, "SH/PD/ZJ/C01", company);
  }

  @Test
  void opens_a_ticket_as_the_supervisor_and_answers_201_with_its_location() {
    String body =
        "{\"id\":\"t-1\",\"equipmentId\":\"eq-1\",\"severity\":\"CRITICAL\","
            + "\"category\":\"STRUCTURAL\",\"description\":\"cracked weld\"}";
    when(ledger.write(TestPeople.SUPERVISOR, "openTicket", body))
        .thenReturn(new Submitted(TX, 9, RECORD));

    assertThat(post(TestPeople.SUPERVISOR, "/api/v1/tickets", body))
        .hasStatus(HttpStatus.CREATED)
        .hasHeader(HttpHeaders.LOCATION, "http://localhost/api/v1/tickets/t-1");
    verify(progress).awaitProjected(9);
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "contractor1 | acknowledgement | acknowledgeTicket | {} | {\"note\":\"\"}",
        "contractor1 | make-safe | makeTicketSafe | {\"note\":\"taped off\"}"
            + " | {\"note\":\"taped off\",\"photoHashes\":[]}",
        "contractor1 | repair | confirmRepair | {\"note\":\"welded\",\"photoHashes\":[\"abababababababababababababababababababababababababababababababab\"]}"
            + " | {\"note\":\"welded\",\"photoHashes\":[\"abababababababababababababababababababababababababababababababab\"]}",
        "inspector1 | verification | verifyRepair | {\"accepted\":false,\"reason\":\"still loose\"}"
            + " | {\"accepted\":false,\"reason\":\"still loose\"}",
        "supervisor1 | reassignment | reassignTicket | {\"contractId\":\"c-2\",\"reason\":\"moved\"}"
            + " | {\"contractId\":\"c-2\",\"reason\":\"moved\"}",
        "supervisor1 | cancellation | cancelTicket | {\"reason\":\"duplicate\"}"
            + " | {\"reason\":\"duplicate\"}",
      })
  void each_transition_calls_its_chaincode_function_as_the_person_with_the_ticket_id_and_body(
      String username, String resource, String function, String body, String argument) {
    Person person = person(username);
    when(ledger.write(person, function, "t-1", argument)).thenReturn(new Submitted(TX, 10, RECORD));

    assertThat(post(person, "/api/v1/tickets/t-1/" + resource, body))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"txId\":\"" + TX + "\",\"blockNumber\":10,\"record\":" + RECORD + "}");
    verify(progress).awaitProjected(10);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "repair | {\"note\":\"welded\",\"photoHashes\":[]}"
            + " | photoHashes must have 1..10 elements",
        "repair | {\"photoHashes\":[\"ab\"]} | photoHashes must hold lowercase hex SHA-256 hashes",
        "reassignment | {\"contractId\":\"c-2\"} | reason is required",
      })
  void a_step_the_models_rules_refuse_is_400_before_any_endorsement(
      String resource, String body, String message) {
    Person person = person(resource.equals("repair") ? "contractor1" : "supervisor1");

    assertThat(post(person, "/api/v1/tickets/t-1/" + resource, body))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .satisfies(json -> assertThat(json.toString()).contains("INVALID_INPUT").contains(message));
    verifyNoInteractions(ledger);
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "contractor1 | acknowledgement | {\"note\":7}",
        "contractor1 | make-safe | {\"note\":true,\"photoHashes\":[]}",
        "contractor1 | repair | {\"note\":\"welded\",\"photoHashes\":[7]}",
        "inspector1 | verification | {\"accepted\":false,\"reason\":0.5}",
        "inspector1 | verification | {\"accepted\":\"true\"}",
        "inspector1 | verification | {\"accepted\":1}",
        "supervisor1 | reassignment | {\"contractId\":2}",
        "supervisor1 | cancellation | {\"reason\":404}"
      })
  void a_value_of_another_json_type_than_declared_is_refused(
      String username, String resource, String body) {
    assertThat(post(person(username), "/api/v1/tickets/t-1/" + resource, body))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"INVALID_INPUT\",\"message\":\"the request body is not valid JSON for this call\",\"details\":[]}");
    verifyNoInteractions(ledger);
  }

  @Test
  void answers_409_invalid_transition_with_the_transaction_id() {
    when(ledger.write(any(), anyString(), anyString(), anyString()))
        .thenThrow(
            new LedgerException(
                ErrorCode.INVALID_TRANSITION, "t-1 is CLOSED", TX, List.of(), null));

    assertThat(post(TestPeople.CONTRACTOR, "/api/v1/tickets/t-1/acknowledgement", "{}"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.txId")
        .isEqualTo(TX);
  }

  @Test
  void answers_503_index_unavailable_when_the_index_database_cannot_be_reached() {
    when(repository.find("t-1"))
        .thenThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/tickets/t-1"))
        .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"INDEX_UNAVAILABLE\",\"message\":\"the index cannot be reached now; try"
                + " again (what the ledger holds is safe)\",\"details\":[]}");
  }

  @Test
  void shows_a_ticket_to_its_company_and_the_districts_people_only() {
    when(repository.find("t-1")).thenReturn(Optional.of(indexed("GREENFIX")));

    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/tickets/t-1"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            RECORD.replace("}", ",\"blockNumber\":9,\"allowedActions\":[],\"nextStep\":null}"));
    assertThat(get(TestPeople.INSPECTOR, "/api/v1/tickets/t-1")).hasStatus(HttpStatus.OK);
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/tickets/t-1")).hasStatus(HttpStatus.OK);
    assertThat(get(TestPeople.OTHER_CONTRACTOR, "/api/v1/tickets/t-1"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"TICKET_NOT_FOUND\",\"message\":\"no ticket t-1\",\"details\":[]}");
    assertThat(get(TestPeople.OTHER_INSPECTOR, "/api/v1/tickets/t-1"))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void tells_each_reader_the_steps_they_may_take_now_and_the_step_the_ticket_waits_for() {
    ObjectNode view =
        RecordJson.read(
            "{\"id\":\"t-1\",\"state\":\"ACKNOWLEDGED\",\"severity\":\"CRITICAL\","
                + "\"madeSafe\":false,\"company\":\"GREENFIX\",\"deadlines\":{\"acknowledge\":"
                + "\"2026-11-22T14:00:00Z\",\"makeSafe\":\"2026-11-23T10:00:00Z\","
                + "\"repair\":\"2026-11-25T10:00:00Z\"}}");
    when(repository.find("t-1"))
        .thenReturn(Optional.of(new IndexedTicket(view, "SH/PD/ZJ/C01", "GREENFIX")));

    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/tickets/t-1"))
        .bodyJson()
        .extractingPath("$.allowedActions")
        .asArray()
        .containsExactly("MAKE_SAFE");
    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/tickets/t-1"))
        .bodyJson()
        .extractingPath("$.nextStep")
        .isEqualTo(Map.of("step", "makeSafe", "deadline", "2026-11-23T10:00:00Z"));
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/tickets/t-1"))
        .bodyJson()
        .extractingPath("$.allowedActions")
        .asArray()
        .containsExactly("REASSIGN", "CANCEL");
    assertThat(get(TestPeople.INSPECTOR, "/api/v1/tickets/t-1"))
        .bodyJson()
        .extractingPath("$.allowedActions")
        .asArray()
        .isEmpty();
  }

  @Test
  void answers_an_unknown_ticket_exactly_like_one_out_of_scope() {
    when(repository.find("t-9")).thenReturn(Optional.empty());

    assertThat(get(TestPeople.OTHER_CONTRACTOR, "/api/v1/tickets/t-9"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"TICKET_NOT_FOUND\",\"message\":\"no ticket t-9\",\"details\":[]}");
  }

  @Test
  void reads_the_history_from_the_ledger_only_within_scope() {
    when(repository.find("t-1")).thenReturn(Optional.of(indexed("GREENFIX")));
    when(ledger.evaluate(TestPeople.CONTRACTOR, "ticketHistory", "t-1")).thenReturn("[]");

    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/tickets/t-1/history"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo("[]");
    assertThat(get(TestPeople.OTHER_CONTRACTOR, "/api/v1/tickets/t-1/history"))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void searches_with_every_filter_within_the_persons_scope_and_answers_one_page() {
    ObjectNode item = RecordJson.read(RECORD);
    item.put("overdueStep", "repair");
    when(repository.search(any(), any(), any())).thenReturn(new Paged<>(List.of(item), 1, 20, 21));

    assertThat(
            get(
                TestPeople.CONTRACTOR,
                "/api/v1/tickets?status=OPEN,ACKNOWLEDGED&company=GREENFIX&district=SH/PD"
                    + "&overdue=true&equipmentId=eq-1&period=2026-Q4&sort=-repairDeadline"
                    + "&page=1&size=20"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"items\":["
                + RECORD.replace("}", ",\"overdueStep\":\"repair\"}")
                + "],\"page\":1,\"size\":20,\"total\":21}");
    ArgumentCaptor<TicketSearch> search = ArgumentCaptor.forClass(TicketSearch.class);
    ArgumentCaptor<Scope> scope = ArgumentCaptor.forClass(Scope.class);
    verify(repository).search(search.capture(), scope.capture(), any());
    assertThat(search.getValue())
        .isEqualTo(
            new TicketSearch(
                List.of("OPEN", "ACKNOWLEDGED"),
                "GREENFIX",
                "SH/PD",
                true,
                null,
                null,
                "eq-1",
                Period.parse("2026-Q4"),
                new SortOrder("repairDeadline", true),
                new PageRequest(1, 20)));
    assertThat(scope.getValue().contractorCompany()).contains("GREENFIX");
  }

  @Test
  void searches_everything_one_sees_by_opening_time_fifty_at_a_time_without_filters() {
    when(repository.search(any(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 50, 0));

    assertThat(get(TestPeople.INSPECTOR, "/api/v1/tickets")).hasStatus(HttpStatus.OK);
    ArgumentCaptor<TicketSearch> search = ArgumentCaptor.forClass(TicketSearch.class);
    verify(repository).search(search.capture(), any(), any());
    assertThat(search.getValue())
        .isEqualTo(
            new TicketSearch(
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new SortOrder("openedAt", false),
                new PageRequest(0, 50)));
  }

  @Test
  void keeps_the_open_tickets_or_those_the_reader_may_act_on_and_refuses_any_other_flag() {
    when(repository.search(any(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 50, 0));

    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/tickets?open=true&actionable=false"))
        .hasStatus(HttpStatus.OK);
    ArgumentCaptor<TicketSearch> search = ArgumentCaptor.forClass(TicketSearch.class);
    verify(repository).search(search.capture(), any(), any());
    assertThat(search.getValue().open()).isTrue();
    assertThat(search.getValue().actionable()).isFalse();
    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/tickets?actionable=yes"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
  }

  @Test
  void sorts_a_contractors_open_tickets_by_the_deadline_of_the_step_each_waits_for() {
    when(repository.search(any(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 50, 0));

    assertThat(
            get(
                TestPeople.CONTRACTOR,
                "/api/v1/tickets?status=OPEN,ACKNOWLEDGED,MADE_SAFE&sort=nextDeadline"))
        .hasStatus(HttpStatus.OK);
    ArgumentCaptor<TicketSearch> search = ArgumentCaptor.forClass(TicketSearch.class);
    verify(repository).search(search.capture(), any(), any());
    assertThat(search.getValue().states()).containsExactly("OPEN", "ACKNOWLEDGED", "MADE_SAFE");
    assertThat(search.getValue().sort()).isEqualTo(new SortOrder("nextDeadline", false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "status=LOST",
    "sort=id",
    "sort=--openedAt",
    "size=0",
    "size=501",
    "page=-1",
    "page=x",
    "overdue=yes",
    "district=SH/",
    "period=2026-13"
  })
  void refuses_a_malformed_search_parameter_without_reading_the_index(String parameter) {
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/tickets?" + parameter))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(repository);
  }

  @Test
  void calls_no_ledger_without_credentials() {
    assertThat(
            mvc.post()
                .uri("/api/v1/tickets/t-1/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .hasStatus(HttpStatus.UNAUTHORIZED);
    verifyNoInteractions(ledger);
  }

  private static Person person(String username) {
    return List.of(
            TestPeople.SUPERVISOR,
            TestPeople.INSPECTOR,
            TestPeople.CONTRACTOR,
            TestPeople.OTHER_CONTRACTOR)
        .stream()
        .filter(p -> p.username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/tickets?company=GREEN%00FIX",
        "/api/v1/tickets?equipmentId=eq%001",
        "/api/v1/tickets?company=%1B%5B31m",
        "/api/v1/tickets?%00=x"
      })
  void a_query_with_a_control_character_or_a_nameless_parameter_is_400_and_reads_nothing(
      String uri) {
    // A URI, not a template: a template's % would be encoded again.
    assertThat(
            mvc.get()
                .uri(java.net.URI.create(uri))
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(repository, ledger);
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=x"})
  void a_request_that_says_multipart_is_answered_as_any_other(String type) {
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/tickets/t-404").header("Content-Type", type))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                .header("Content-Type", type)
                .content("--x--"))
        .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    verifyNoInteractions(ledger);
  }
}
