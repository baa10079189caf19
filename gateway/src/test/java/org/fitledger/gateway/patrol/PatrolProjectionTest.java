package org.fitledger.gateway.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.junit.jupiter.api.Test;

class PatrolProjectionTest {
  private static final String HASH = "cd".repeat(32);
  private static final String PATROL =
      "{\"id\":\"p-1\",\"inspector\":\"inspector1\",\"inspectorMsp\":\"PatrolMSP\","
          + "\"recordedAt\":\"2026-11-21T10:00:00Z\",\"txId\":\"tx\",\"inspections\":["
          + "{\"equipmentId\":\"eq-1\",\"level\":\"ROUTINE\",\"condition\":\"OK\","
          + "\"checklist\":{},\"notes\":\"\",\"photoHashes\":[],\"gps\":{\"latitude\":1,"
          + "\"longitude\":2,\"accuracyMeters\":3},\"observedAt\":\"2026-11-21T09:58:00Z\","
          + "\"distanceMeters\":12.3,\"withinTolerance\":true},"
          + "{\"equipmentId\":\"eq-2\",\"level\":\"STRUCTURAL\",\"condition\":\"DEFECT\","
          + "\"checklist\":{},\"notes\":\"\",\"photoHashes\":[\""
          + HASH
          + "\"],\"gps\":{\"latitude\":1,\"longitude\":2,\"accuracyMeters\":3},"
          + "\"observedAt\":\"2026-11-21T09:59:00Z\",\"defect\":{\"severity\":\"MAJOR\","
          + "\"category\":\"MECHANICAL\",\"description\":\"loose\"},"
          + "\"distanceMeters\":250.0,\"withinTolerance\":false}]}";

  private final RecordingJdbc jdbc = new RecordingJdbc();

  @Test
  void writes_the_patrol_each_inspection_with_its_location_check_and_its_photo_hashes() {
    PatrolProjection projection = new PatrolProjection(new PatrolRepository(jdbc.client()));
    projection.project(
        Changes.parse("{\"changes\":[{\"kind\":\"patrol\",\"record\":" + PATROL + "}]}")
            .get(0)
            .record(),
        new LedgerEvent(40, "tx", "fitledger", "PatrolRecorded", ""));

    assertThat(projection.kind()).isEqualTo("patrol");
    assertThat(jdbc.into("patrols").get(0).params())
        .containsExactly(
            "p-1", "inspector1", "PatrolMSP", "2026-11-21T10:00:00Z", "tx", 40L, PATROL);
    assertThat(jdbc.into("inspections")).hasSize(1);
    assertThat(rows(jdbc.into("inspections").get(0), 14))
        .containsExactly(
            Arrays.asList(
                "p-1",
                0,
                "eq-1",
                "ROUTINE",
                "OK",
                "2026-11-21T09:58:00Z",
                new BigDecimal("12.3"),
                true,
                null,
                null,
                "2026-11-21T10:00:00Z",
                "inspector1",
                "PatrolMSP",
                "eq-1"),
            Arrays.asList(
                "p-1",
                1,
                "eq-2",
                "STRUCTURAL",
                "DEFECT",
                "2026-11-21T09:59:00Z",
                new BigDecimal("250.0"),
                false,
                "MAJOR",
                "MECHANICAL",
                "2026-11-21T10:00:00Z",
                "inspector1",
                "PatrolMSP",
                "eq-2"));
    assertThat(jdbc.into("evidence"))
        .extracting(RecordingJdbc.Statement::params)
        .containsExactly(List.of(HASH, "p-1", 1));
    assertThat(jdbc.statements()).hasSize(4);
  }

  @Test
  void makes_each_inspection_the_last_of_every_level_it_satisfies_unless_a_later_one_is_kept() {
    new PatrolProjection(new PatrolRepository(jdbc.client()))
        .project(
            Changes.parse("{\"changes\":[{\"kind\":\"patrol\",\"record\":" + PATROL + "}]}")
                .get(0)
                .record(),
            new LedgerEvent(40, "tx", "fitledger", "PatrolRecorded", ""));

    List<RecordingJdbc.Statement> last = jdbc.into("last_inspections");
    assertThat(last).hasSize(1);
    assertThat(rows(last.get(0), 11))
        .containsExactly(
            lastRow("eq-1", "ROUTINE", 0, "ROUTINE"),
            lastRow("eq-2", "ROUTINE", 1, "STRUCTURAL"),
            lastRow("eq-2", "FUNCTIONAL", 1, "STRUCTURAL"),
            lastRow("eq-2", "STRUCTURAL", 1, "STRUCTURAL"));
    assertThat(last.get(0).sql())
        .contains("where (excluded.recorded_ts, excluded.patrol_id, excluded.position)");
  }

  @Test
  void keeps_no_last_inspection_from_one_that_could_not_reach_the_equipment() {
    new PatrolProjection(new PatrolRepository(jdbc.client()))
        .project(
            Changes.parse(
                    "{\"changes\":[{\"kind\":\"patrol\",\"record\":"
                        + PATROL.replace("\"OK\"", "\"NOT_ACCESSIBLE\"")
                        + "}]}")
                .get(0)
                .record(),
            new LedgerEvent(40, "tx", "fitledger", "PatrolRecorded", ""));

    assertThat(rows(jdbc.into("last_inspections").get(0), 11))
        .extracting(row -> row.get(0))
        .containsExactly("eq-2", "eq-2", "eq-2");
  }

  private static List<Object> lastRow(
      String equipmentId, String level, int position, String inspectedLevel) {
    return Arrays.asList(
        equipmentId,
        level,
        "2026-11-21T10:00:00Z",
        "2026-11-21T10:00:00Z",
        "p-1",
        position,
        inspectedLevel,
        "inspector1",
        "PatrolMSP",
        "tx",
        40L);
  }

  /** The parameters of a multi-row statement, one list per row of {@code width}. */
  static List<List<Object>> rows(RecordingJdbc.Statement statement, int width) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < statement.params().size(); i += width) {
      rows.add(statement.params().subList(i, i + width));
    }
    return rows;
  }
}
