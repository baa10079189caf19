package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
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
import org.fitledger.gateway.query.SortOrder;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.equipment.EquipmentStatus;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(EquipmentController.class)
@Import({TestPeople.class, LedgerWrites.class})
class EquipmentControllerTest {
  private static final String TX = "0a1b".repeat(16);
  static final String REQUEST =
      "{\"id\":\"eq-1\",\"type\":\"pull-up bar\",\"make\":\"Acme\",\"model\":\"P1\","
          + "\"serial\":\"S-1\",\"site\":\"Riverside park\",\"districtPath\":\"SH/PD/ZJ/C01\","
          + "\"latitude\":31.2304,\"longitude\":121.4737,\"installedOn\":\"2024-05-01\","
          + "\"warrantyUntil\":null,\"inspectionIntervals\":"
          + "{\"ROUTINE\":7,\"FUNCTIONAL\":30,\"STRUCTURAL\":365}}";
  private static final String RECORD =
      "{\"id\":\"eq-1\",\"type\":\"pull-up bar\",\"districtPath\":\"SH/PD/ZJ/C01\","
          + "\"retired\":false,\"txId\":\""
          + TX
          + "\"}";

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean EquipmentRepository repository;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;

  private static String auth(Person person) {
    return TestPeople.basic(person);
  }

  private static IndexedEquipment indexed(String path, List<String> companies) {
    ObjectNode view = RecordJson.read(RECORD);
    view.put("status", "IN_SERVICE");
    view.put("blockNumber", 5);
    return new IndexedEquipment(view, path, companies, EquipmentStatus.IN_SERVICE, false);
  }

  private MockMvcTester.MockMvcRequestBuilder get(Person person, String uri) {
    return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, auth(person));
  }

  @Test
  void answers_401_without_credentials_and_calls_no_ledger() {
    assertThat(
            mvc.post()
                .uri("/api/v1/equipment")
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST))
        .hasStatus(HttpStatus.UNAUTHORIZED);
    verifyNoInteractions(ledger);
  }

  @Test
  void registers_as_the_signed_in_supervisor_passing_the_body_in_the_chaincode_field_order() {
    when(ledger.write(eq(TestPeople.SUPERVISOR), eq("registerEquipment"), eq(REQUEST)))
        .thenReturn(new Submitted(TX, 5, RECORD));

    assertThat(
            mvc.post()
                .uri("/api/v1/equipment")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST))
        .hasStatus(HttpStatus.CREATED)
        .hasHeader(HttpHeaders.LOCATION, "http://localhost/api/v1/equipment/eq-1")
        .bodyJson()
        .isStrictlyEqualTo("{\"txId\":\"" + TX + "\",\"blockNumber\":5,\"record\":" + RECORD + "}");
    verify(progress).awaitProjected(5);
  }

  @Test
  void refuses_a_body_with_a_field_the_chaincode_does_not_know() {
    assertThat(
            mvc.post()
                .uri("/api/v1/equipment")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST.replace("\"make\"", "\"maker\"")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(ledger);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"ROUTINE\":7 | \"ROUTINE\":1.5",
        "\"ROUTINE\":7 | \"ROUTINE\":\"7\"",
        "\"ROUTINE\":7 | \"ROUTINE\":7.0",
        "\"latitude\":31.2304 | \"latitude\":\"31.2304\""
      })
  void refuses_a_number_given_as_a_fraction_or_as_text_instead_of_coercing_it(
      String field, String coerced) {
    assertThat(
            mvc.post()
                .uri("/api/v1/equipment")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST.replace(field, coerced)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(ledger);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"type\":\"pull-up bar\" | \"type\":7",
        "\"type\":\"pull-up bar\" | \"type\":7.5",
        "\"type\":\"pull-up bar\" | \"type\":true",
        "\"make\":\"Acme\" | \"make\":1e3",
        "\"id\":\"eq-1\" | \"id\":1",
        "\"installedOn\":\"2024-05-01\" | \"installedOn\":20240501"
      })
  void a_number_where_text_is_declared_is_refused(String field, String number) {
    assertThat(
            mvc.post()
                .uri("/api/v1/equipment")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST.replace(field, number)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"INVALID_INPUT\",\"message\":\"the request body is not valid JSON for this call\",\"details\":[]}");
    verifyNoInteractions(ledger);
  }

  @Test
  void updates_with_the_id_of_the_path() {
    when(ledger.write(any(), eq("updateEquipment"), anyString()))
        .thenReturn(new Submitted(TX, 6, RECORD));

    assertThat(
            mvc.put()
                .uri("/api/v1/equipment/eq-1")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST.replace("\"id\":\"eq-1\",", "")))
        .hasStatus(HttpStatus.OK);
    verify(ledger).write(TestPeople.SUPERVISOR, "updateEquipment", REQUEST);
  }

  @Test
  void refuses_an_update_whose_body_names_another_id() {
    assertThat(
            mvc.put()
                .uri("/api/v1/equipment/eq-2")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST))
        .hasStatus(HttpStatus.BAD_REQUEST);
    verifyNoInteractions(ledger);
  }

  @Test
  void retires_with_the_reason_as_second_argument() {
    when(ledger.write(TestPeople.SUPERVISOR, "retireEquipment", "eq-1", "rusted through"))
        .thenReturn(new Submitted(TX, 7, RECORD));

    assertThat(
            mvc.post()
                .uri("/api/v1/equipment/eq-1/retirement")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"rusted through\"}"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$.blockNumber")
        .isEqualTo(7);
  }

  @Test
  void answers_409_with_the_code_when_open_tickets_block_the_retirement() {
    when(ledger.write(any(), anyString(), anyString(), anyString()))
        .thenThrow(new LedgerException(ErrorCode.TICKETS_OPEN, "eq-1 has 2", TX, List.of(), null));

    assertThat(
            mvc.post()
                .uri("/api/v1/equipment/eq-1/retirement")
                .header(HttpHeaders.AUTHORIZATION, auth(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"old\"}"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"TICKETS_OPEN\",\"message\":\"eq-1 has 2\",\"txId\":\""
                + TX
                + "\",\"details\":[]}");
  }

  @Test
  void returns_indexed_equipment_in_the_inspectors_district() {
    when(repository.find("eq-1")).thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of())));

    assertThat(get(TestPeople.INSPECTOR, "/api/v1/equipment/eq-1"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            RECORD.replace(
                "}",
                ",\"status\":\"IN_SERVICE\",\"blockNumber\":5,\"allowedActions\":[\"INSPECT\"]}"));
  }

  @Test
  void tells_a_supervisor_what_they_may_do_with_equipment_that_has_open_tickets() {
    ObjectNode view = RecordJson.read(RECORD);
    when(repository.find("eq-1"))
        .thenReturn(
            Optional.of(
                new IndexedEquipment(
                    view, "SH/PD/ZJ/C01", List.of(), EquipmentStatus.IN_SERVICE, true)));

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/equipment/eq-1"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$.allowedActions")
        .asArray()
        .containsExactly("OPEN_TICKET", "UPDATE");
  }

  @Test
  void answers_404_for_equipment_outside_the_inspectors_districts() {
    when(repository.find("eq-1")).thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of())));

    assertThat(get(TestPeople.OTHER_INSPECTOR, "/api/v1/equipment/eq-1"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"code\":\"EQUIPMENT_NOT_FOUND\",\"message\":\"no equipment eq-1\",\"details\":[]}");
  }

  @Test
  void shows_a_contractor_only_equipment_with_a_ticket_of_their_company() {
    when(repository.find("eq-1"))
        .thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of("GREENFIX"))));

    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/equipment/eq-1")).hasStatus(HttpStatus.OK);
    assertThat(get(TestPeople.OTHER_CONTRACTOR, "/api/v1/equipment/eq-1"))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void reads_the_history_from_the_ledger_after_the_scope_check() {
    when(repository.find("eq-1")).thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of())));
    when(ledger.evaluate(TestPeople.SUPERVISOR, "equipmentHistory", "eq-1"))
        .thenReturn("[{\"txId\":\"" + TX + "\",\"deleted\":false}]");

    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/equipment/eq-1/history"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$[0].txId")
        .isEqualTo(TX);
  }

  @Test
  void does_not_ask_the_ledger_for_the_history_of_equipment_out_of_scope() {
    when(repository.find("eq-1")).thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of())));

    assertThat(get(TestPeople.OTHER_INSPECTOR, "/api/v1/equipment/eq-1/history"))
        .hasStatus(HttpStatus.NOT_FOUND);
    verifyNoInteractions(ledger);
  }

  @Test
  void lists_the_inspections_of_equipment_one_sees_one_page_at_a_time() {
    when(repository.find("eq-1")).thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of())));
    ObjectNode inspection = RecordJson.read("{\"patrolId\":\"p-1\",\"level\":\"ROUTINE\"}");
    when(repository.inspections("eq-1", new PageRequest(1, 10)))
        .thenReturn(new Paged<>(List.of(inspection), 1, 10, 11));

    assertThat(get(TestPeople.INSPECTOR, "/api/v1/equipment/eq-1/inspections?page=1&size=10"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"items\":[{\"patrolId\":\"p-1\",\"level\":\"ROUTINE\"}],\"page\":1,\"size\":10,"
                + "\"total\":11}");
  }

  @Test
  void answers_the_inspections_of_equipment_out_of_scope_as_not_found_without_reading_them() {
    when(repository.find("eq-1"))
        .thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of("GREENFIX"))));

    assertThat(get(TestPeople.OTHER_INSPECTOR, "/api/v1/equipment/eq-1/inspections"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("EQUIPMENT_NOT_FOUND");
    assertThat(get(TestPeople.OTHER_CONTRACTOR, "/api/v1/equipment/eq-1/inspections"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(get(TestPeople.INSPECTOR, "/api/v1/equipment/eq-2/inspections"))
        .hasStatus(HttpStatus.NOT_FOUND);
    verify(repository, never()).inspections(any(), any());
  }

  @Test
  void shows_a_contractor_the_inspections_of_equipment_with_a_ticket_of_their_company() {
    when(repository.find("eq-1"))
        .thenReturn(Optional.of(indexed("SH/PD/ZJ/C01", List.of("GREENFIX"))));
    when(repository.inspections("eq-1", new PageRequest(0, 50)))
        .thenReturn(new Paged<>(List.of(), 0, 50, 0));

    assertThat(get(TestPeople.CONTRACTOR, "/api/v1/equipment/eq-1/inspections"))
        .hasStatus(HttpStatus.OK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"size=0", "size=501", "page=-1", "page=x"})
  void refuses_a_malformed_page_of_inspections(String parameter) {
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/equipment/eq-1/inspections?" + parameter))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(repository);
  }

  @Test
  void searches_by_district_and_status_within_the_persons_scope_and_answers_one_page() {
    when(repository.search(any(), any()))
        .thenReturn(new Paged<>(List.of(indexed("SH/PD/ZJ/C01", List.of()).view()), 0, 10, 1));

    assertThat(
            get(
                TestPeople.INSPECTOR,
                "/api/v1/equipment?district=SH&status=OUT_OF_SERVICE&sort=-site&size=10"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"items\":["
                + RECORD.replace("}", ",\"status\":\"IN_SERVICE\",\"blockNumber\":5}")
                + "],\"page\":0,\"size\":10,\"total\":1}");
    ArgumentCaptor<EquipmentSearch> search = ArgumentCaptor.forClass(EquipmentSearch.class);
    ArgumentCaptor<Scope> scope = ArgumentCaptor.forClass(Scope.class);
    verify(repository).search(search.capture(), scope.capture());
    assertThat(search.getValue())
        .isEqualTo(
            new EquipmentSearch(
                "SH",
                EquipmentStatus.OUT_OF_SERVICE,
                new SortOrder("site", true),
                new PageRequest(0, 10)));
    assertThat(scope.getValue().districts()).containsExactly("SH/PD");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"status=BROKEN", "sort=type", "size=1000", "district=sh"})
  void refuses_a_malformed_search_parameter_without_reading_the_index(String parameter) {
    assertThat(get(TestPeople.SUPERVISOR, "/api/v1/equipment?" + parameter))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(repository);
  }

  @Test
  void refuses_a_malformed_district_prefix() {
    assertThat(get(TestPeople.INSPECTOR, "/api/v1/equipment?district=SH/"))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }
}
