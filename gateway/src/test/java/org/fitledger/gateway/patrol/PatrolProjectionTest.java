package org.fitledger.gateway.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.junit.jupiter.api.Test;

public class PatrolProjectionTest {
  private static final String HASH = "cd".repeat(32);
  public static final String PATROL =
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
        Changes.parse("{\"changes\":[{\"kind\":\"patrol\",\"record\":" + PATROL + "}]}", Map.of())
            .get(0)
            .record(),
        new LedgerEvent(40, "tx", "fitledger", "PatrolRecorded", ""));

    assertThat(projection.kind()).isEqualTo("patrol");
    assertThat(jdbc.into("patrols").get(0).rows())
        .containsExactly(
            List.of("p-1", "inspector1", "PatrolMSP", "2026-11-21T10:00:00Z", "tx", 40L, PATROL));
    List<RecordingJdbc.Statement> inspections =
        jdbc.statements().stream()
            .filter(s -> s.sql().contains("insert into inspections "))
            .toList();
    assertThat(inspections).hasSize(1);
    assertThat(inspections.get(0).sql())
        .contains("on conflict (patrol_id, position) do nothing")
        .as("the audit keeps its own figures")
        .doesNotContain("inspection_tallies");
    // Each inspection's district path is its equipment's, as the index holds it.
    assertThat(inspections.get(0).sql()).contains("left join equipment e on e.id = i.equipment_id");
    assertThat(inspections.get(0).rows())
        .containsExactly(
            Arrays.asList(
                "p-1",
                "0",
                "eq-1",
                "ROUTINE",
                "OK",
                "2026-11-21T09:58:00Z",
                "12.3",
                "true",
                null,
                null,
                "2026-11-21T10:00:00Z",
                "inspector1",
                "PatrolMSP"),
            Arrays.asList(
                "p-1",
                "1",
                "eq-2",
                "STRUCTURAL",
                "DEFECT",
                "2026-11-21T09:59:00Z",
                "250.0",
                "false",
                "MAJOR",
                "MECHANICAL",
                "2026-11-21T10:00:00Z",
                "inspector1",
                "PatrolMSP"));
    assertThat(jdbc.into("evidence"))
        .flatExtracting(RecordingJdbc.Statement::rows)
        .containsExactly(List.of(HASH, "p-1", 1));
    assertThat(jdbc.statements()).hasSize(3);
  }
}
