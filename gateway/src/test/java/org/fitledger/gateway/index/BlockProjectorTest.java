package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.ledger.OrgPeer;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class BlockProjectorTest {
  private static final String TX = "c".repeat(64);

  private final List<String> projected = new ArrayList<>();
  private final List<String> batches = new ArrayList<>();
  private final IndexJournal journal = mock(IndexJournal.class);
  private final TransactionStatus status = mock(TransactionStatus.class);
  private final Object savepoint = new Object();

  private RecordProjection recording(String kind) {
    return new RecordProjection() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void project(JsonNode record, LedgerEvent event) {
        if (record.has("fails")) {
          throw failure(record.get("fails").asString());
        }
        projected.add(kind + ":" + RecordJson.text(record, "id") + "@" + event.blockNumber());
      }

      @Override
      public void projectAll(List<Written> written) {
        batches.add(kind + " x" + written.size());
        RecordProjection.super.projectAll(written);
      }
    };
  }

  private BlockProjector projector() {
    NetworkConfig network =
        new NetworkConfig(
            "maintenance",
            "fitledger",
            Map.of("AuthorityMSP", new OrgPeer("127.0.0.1:7051", "peer0", Path.of("ca.pem"))));
    return new BlockProjector(
        mock(TransactionTemplate.class),
        mock(IndexCheckpoint.class),
        journal,
        network,
        List.of(recording("patrol"), recording("ticket"), recording("equipment")),
        Optional.empty());
  }

  private static LedgerEvent event(String name, String payload) {
    return new LedgerEvent(12, TX, "fitledger", name, payload);
  }

  private static RuntimeException failure(String kind) {
    return switch (kind) {
      case "data" ->
          new DataIntegrityViolationException(
              "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00");
      case "connection" -> new DataAccessResourceFailureException("connection refused");
      default -> new NullPointerException("no field " + kind);
    };
  }

  private void project(String name, String payload) {
    when(status.createSavepoint()).thenReturn(savepoint);
    projector().project(event(name, payload), status);
  }

  @Test
  void hands_each_record_of_a_transaction_to_the_projection_of_its_kind_in_write_order() {
    project(
        "PatrolRecorded",
        "{\"changes\":[{\"kind\":\"patrol\",\"record\":{\"id\":\"p-1\"}},"
            + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-0\"}},"
            + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-2\"}}]}");

    assertThat(projected).containsExactly("patrol:p-1@12", "ticket:p-1-0@12", "ticket:p-1-2@12");
  }

  @Test
  void skips_a_kind_without_projection_and_goes_on_with_the_rest() {
    project(
        "ContractRegistered",
        "{\"changes\":[{\"kind\":\"invoice\",\"record\":{\"id\":\"i-1\"}},"
            + "{\"kind\":\"equipment\",\"record\":{\"id\":\"eq-1\"}}]}");

    assertThat(projected).containsExactly("equipment:eq-1@12");
  }

  @Test
  void quarantines_an_event_that_is_not_a_change_list() {
    project("EquipmentRegistered", "{\"id\":\"eq-1\",\"type\":\"bar\"}");

    assertThat(projected).isEmpty();
    verify(journal)
        .quarantine(
            event("EquipmentRegistered", "{\"id\":\"eq-1\",\"type\":\"bar\"}"),
            List.of(),
            "the payload has no \"changes\" array");
  }

  @Test
  void quarantines_a_transaction_with_a_nul_character_before_writing_any_of_its_records() {
    String payload =
        "{\"changes\":[{\"kind\":\"patrol\",\"record\":{\"id\":\"p-1\",\"inspections\":"
            + "[{\"notes\":\"ok\"},{\"notes\":\"bad\\u0000note\"}]}},"
            + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-1\"}}]}";

    project("PatrolRecorded", payload);

    assertThat(projected).isEmpty();
    verify(journal)
        .quarantine(
            event("PatrolRecorded", payload),
            List.of("patrol/p-1", "ticket/p-1-1"),
            "patrol/p-1/inspections/1/notes: U+0000 at 3, which PostgreSQL text cannot hold");
    verify(status, never()).createSavepoint();
  }

  @Test
  void rolls_back_to_the_savepoint_and_quarantines_when_the_database_refuses_a_record() {
    String payload =
        "{\"changes\":[{\"kind\":\"patrol\",\"record\":{\"id\":\"p-1\"}},"
            + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-0\",\"fails\":\"data\"}}]}";

    project("PatrolRecorded", payload);

    verify(status).rollbackToSavepoint(savepoint);
    verify(status, never()).releaseSavepoint(savepoint);
    verify(journal)
        .quarantine(
            eq(event("PatrolRecorded", payload)),
            eq(List.of("patrol/p-1", "ticket/p-1-0")),
            contains("invalid byte sequence"));
  }

  @Test
  void quarantines_a_record_the_projections_own_code_cannot_read() {
    project(
        "TicketOpened",
        "{\"changes\":[{\"kind\":\"ticket\",\"record\":{\"id\":\"t-1\",\"fails\":\"x\"}}]}");

    verify(status).rollbackToSavepoint(savepoint);
    verify(journal).quarantine(any(), eq(List.of("ticket/t-1")), contains("NullPointerException"));
  }

  @Test
  void a_lost_database_connection_fails_the_batch_to_be_tried_again_and_quarantines_nothing() {
    assertThatThrownBy(
            () ->
                project(
                    "TicketOpened",
                    "{\"changes\":[{\"kind\":\"ticket\",\"record\":"
                        + "{\"id\":\"t-1\",\"fails\":\"connection\"}}]}"))
        .isInstanceOf(DataAccessResourceFailureException.class);
    verify(journal, never()).quarantine(any(), any(), any());
  }

  private static LedgerEvent patrol(String id, String fails) {
    String record =
        fails == null
            ? "{\"id\":\"" + id + "\"}"
            : "{\"id\":\"" + id + "\",\"fails\":\"" + fails + "\"}";
    return new LedgerEvent(
        12,
        id,
        "fitledger",
        "PatrolRecorded",
        "{\"changes\":[{\"kind\":\"patrol\",\"record\":" + record + "}]}");
  }

  @Test
  void hands_each_run_of_consecutive_records_of_one_kind_to_its_projection_at_once() {
    when(status.createSavepoint()).thenReturn(savepoint);
    LedgerEvent ticket =
        new LedgerEvent(
            12,
            "t",
            "fitledger",
            "TicketOpened",
            "{\"changes\":[{\"kind\":\"ticket\",\"record\":{\"id\":\"t-1\"}}]}");

    projector()
        .projectAll(
            List.of(patrol("p-1", null), patrol("p-2", null), ticket, patrol("p-3", null)), status);

    assertThat(batches).containsExactly("patrol x2", "ticket x1", "patrol x1");
    assertThat(projected)
        .containsExactly("patrol:p-1@12", "patrol:p-2@12", "ticket:t-1@12", "patrol:p-3@12");
    verify(status, never()).rollbackToSavepoint(any());
  }

  @Test
  void hands_a_long_run_over_in_chunks_so_that_a_catch_up_holds_one_chunk_at_a_time() {
    when(status.createSavepoint()).thenReturn(savepoint);
    List<LedgerEvent> events = new ArrayList<>();
    for (int i = 0; i < 2 * BlockProjector.CHUNK + 1; i++) {
      events.add(patrol("p-" + i, null));
    }

    projector().projectAll(events, status);

    assertThat(batches)
        .containsExactly(
            "patrol x" + BlockProjector.CHUNK, "patrol x" + BlockProjector.CHUNK, "patrol x1");
    assertThat(projected).hasSize(events.size());
  }

  @Test
  void a_record_refused_in_a_batch_rolls_it_back_and_quarantines_only_its_own_transaction() {
    when(status.createSavepoint()).thenReturn(savepoint);
    LedgerEvent refused = patrol("p-2", "data");

    projector().projectAll(List.of(patrol("p-1", null), refused, patrol("p-3", null)), status);

    verify(status, atLeastOnce()).rollbackToSavepoint(savepoint);
    verify(journal).quarantine(eq(refused), eq(List.of("patrol/p-2")), contains("invalid byte"));
    verify(journal, times(1)).quarantine(any(), any(), any());
    // After the rollback, each transaction again on its own: p-1 and p-3 are projected.
    assertThat(projected.subList(projected.size() - 2, projected.size()))
        .containsExactly("patrol:p-1@12", "patrol:p-3@12");
  }

  @Test
  void names_the_settings_record_by_the_id_the_chaincode_keeps_it_under() {
    assertThat(
            BlockProjector.recordName(
                new Changes.Change(
                    "settings", RecordJson.read("{\"locationToleranceMeters\":100}"))))
        .isEqualTo("settings/global");
  }
}
