package org.fitledger.gateway.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TicketProjectionTest {
  private static final String HASH = "ab".repeat(32);
  static final String TICKET =
      "{\"id\":\"p-1-0\",\"equipmentId\":\"eq-1\",\"districtPath\":\"SH/PD/ZJ/C01\","
          + "\"site\":\"Riverside park\",\"severity\":\"CRITICAL\",\"category\":\"STRUCTURAL\","
          + "\"description\":\"cracked\",\"source\":{\"patrolId\":\"p-1\",\"inspection\":0},"
          + "\"openedBy\":\"inspector1\",\"openedAt\":\"2026-11-21T10:00:00Z\","
          + "\"company\":\"GREENFIX\",\"contractId\":\"c-1\",\"slaVersion\":2,"
          + "\"deadlines\":{\"acknowledge\":\"2026-11-21T14:00:00Z\","
          + "\"makeSafe\":\"2026-11-22T10:00:00Z\",\"repair\":\"2026-11-24T10:00:00Z\"},"
          + "\"state\":\"REPAIRED\",\"rework\":1,\"madeSafe\":true,\"steps\":["
          + "{\"action\":\"ACKNOWLEDGE\",\"by\":\"contractor1\",\"byMsp\":\"ContractorMSP\","
          + "\"company\":\"GREENFIX\",\"at\":\"2026-11-21T11:00:00Z\",\"txId\":\"t1\","
          + "\"onTime\":true,\"note\":\"on it\",\"photoHashes\":[],\"reason\":null},"
          + "{\"action\":\"REPAIR\",\"by\":\"contractor2\",\"byMsp\":\"ContractorMSP\","
          + "\"company\":\"GREENFIX\",\"at\":\"2026-11-25T11:00:00Z\",\"txId\":\"t2\","
          + "\"onTime\":false,\"note\":\"welded\",\"photoHashes\":[\""
          + HASH
          + "\"],\"reason\":null}],\"txId\":\"t2\"}";

  private final RecordingJdbc jdbc = new RecordingJdbc();
  private final TicketProjection projection = new TicketProjection(jdbc.client());

  private static JsonNode record(String json) {
    return Changes.parse("{\"changes\":[{\"kind\":\"ticket\",\"record\":" + json + "}]}", Map.of())
        .get(0)
        .record();
  }

  @Test
  void handles_ticket_records() {
    assertThat(projection.kind()).isEqualTo("ticket");
  }

  @Test
  void writes_the_ticket_row_with_state_company_deadlines_rework_and_the_whole_record() {
    projection.project(
        record(TICKET), new LedgerEvent(30, "t2", "fitledger", "TicketRepaired", ""));

    List<Object> row = jdbc.into("tickets").get(0).params();
    assertThat(row)
        .containsExactly(
            "p-1-0",
            "eq-1",
            "SH/PD/ZJ/C01",
            "Riverside park",
            "CRITICAL",
            "STRUCTURAL",
            "REPAIRED",
            "GREENFIX",
            "c-1",
            2,
            "2026-11-21T14:00:00Z",
            "2026-11-22T10:00:00Z",
            "2026-11-24T10:00:00Z",
            1,
            true,
            "p-1",
            "inspector1",
            "2026-11-21T10:00:00Z",
            "t2",
            30L,
            TICKET,
            "2026-11-21T10:00:00Z",
            "2026-11-21T14:00:00Z",
            "2026-11-22T10:00:00Z",
            "2026-11-24T10:00:00Z",
            null,
            null,
            1,
            1,
            0,
            0,
            1,
            0,
            "2026-11-21T11:00:00Z",
            "2026-11-25T11:00:00Z");
  }

  @Test
  void writes_the_step_the_ticket_waits_for_and_its_deadline() {
    projection.project(
        record(TICKET.replace("\"state\":\"REPAIRED\"", "\"state\":\"MADE_SAFE\"")),
        new LedgerEvent(30, "t2", "fitledger", "TicketMadeSafe", ""));

    List<Object> row = jdbc.into("tickets").get(0).params();
    assertThat(row.subList(25, 27)).containsExactly("repair", "2026-11-24T10:00:00Z");
  }

  @Test
  void writes_each_step_with_who_when_transaction_and_lateness_keeping_earlier_blocks() {
    projection.project(
        record(TICKET), new LedgerEvent(30, "t2", "fitledger", "TicketRepaired", ""));

    List<RecordingJdbc.Statement> steps = jdbc.into("ticket_steps");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).params()).hasSize(26);
    assertThat(steps.get(0).params().subList(13, 26))
        .containsExactly(
            "p-1-0",
            1,
            "REPAIR",
            "contractor2",
            "ContractorMSP",
            "GREENFIX",
            "2026-11-25T11:00:00Z",
            "t2",
            false,
            "welded",
            null,
            30L,
            "2026-11-25T11:00:00Z");
    assertThat(steps.get(0).sql()).contains("on conflict (ticket_id, position) do nothing");
  }

  @Test
  void records_each_photo_hash_as_evidence_of_its_step() {
    projection.project(
        record(TICKET), new LedgerEvent(30, "t2", "fitledger", "TicketRepaired", ""));

    assertThat(jdbc.into("evidence"))
        .flatExtracting(RecordingJdbc.Statement::rows)
        .containsExactly(List.of(HASH, "p-1-0", 1));
  }

  @Test
  void keeps_null_deadlines_and_company_of_a_ticket_without_a_covering_contract() {
    String unassigned =
        "{\"id\":\"t-9\",\"equipmentId\":\"eq-1\",\"districtPath\":\"SH/PD/ZJ/C01\","
            + "\"severity\":\"MINOR\",\"state\":\"OPEN\",\"company\":null,\"contractId\":null,"
            + "\"slaVersion\":null,\"deadlines\":null,\"rework\":0,\"madeSafe\":false,"
            + "\"source\":null,\"steps\":[],\"txId\":\"t9\"}";

    projection.project(record(unassigned), new LedgerEvent(31, "t9", "fitledger", "x", ""));

    List<Object> row = jdbc.into("tickets").get(0).params();
    assertThat(row.subList(7, 13)).containsOnlyNulls();
    assertThat(jdbc.into("ticket_steps")).isEmpty();
  }
}
