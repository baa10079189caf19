package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.fitledger.gateway.patrol.PatrolProjectionTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PatrolAuditTest {
  private static final String AT = "2026-11-21T10:00:00Z";

  private final RecordingJdbc jdbc = new RecordingJdbc();

  /** Projects the patrol record, as the indexer does with the event that wrote it. */
  private void audit(String patrol) {
    JsonNode record =
        Changes.parse("{\"changes\":[{\"kind\":\"patrol\",\"record\":" + patrol + "}]}", Map.of())
            .get(0)
            .record();
    PatrolAudit.over(jdbc.client())
        .project(record, new LedgerEvent(40, "tx", "fitledger", "PatrolRecorded", ""));
  }

  @Test
  void tallies_a_patrols_inspections_per_district_path_once_for_the_inspector_and_month() {
    audit(PatrolProjectionTest.PATROL);

    List<RecordingJdbc.Statement> tallies =
        jdbc.statements().stream()
            .filter(s -> s.sql().contains("insert into inspection_tallies"))
            .toList();
    assertThat(tallies).hasSize(1);
    assertThat(tallies.get(0).sql())
        .contains("first as (insert into audit_tallied_patrols")
        .contains("on conflict do nothing returning patrol_id")
        .contains("join first f on f.patrol_id = i.patrol_id")
        .contains("join equipment e on e.id = i.equipment_id")
        .contains("inspections = inspection_tallies.inspections + excluded.inspections")
        .contains("count(*) filter (where i.within_tolerance::boolean = false)");
    assertThat(tallies.get(0).rows())
        .containsExactly(
            List.of("p-1", AT, "inspector1", "PatrolMSP", "eq-1", "true"),
            List.of("p-1", AT, "inspector1", "PatrolMSP", "eq-2", "false"));
  }

  @Test
  void keeps_the_patrols_time_as_the_last_inspection_of_every_level_each_inspection_satisfies() {
    audit(PatrolProjectionTest.PATROL);

    List<RecordingJdbc.Statement> last = jdbc.into("equipment_coverage");
    assertThat(last).hasSize(1);
    assertThat(last.get(0).rows())
        .containsExactly(Arrays.asList("eq-1", AT, null, null), Arrays.asList("eq-2", AT, AT, AT));
    assertThat(last.get(0).sql())
        .contains("routine_ts = greatest(equipment_coverage.routine_ts, excluded.routine_ts)");
    assertThat(jdbc.into("last_inspections")).as("kept in one table only").isEmpty();
  }

  @Test
  void keeps_no_last_inspection_from_one_that_could_not_reach_the_equipment() {
    audit(PatrolProjectionTest.PATROL.replace("\"OK\"", "\"NOT_ACCESSIBLE\""));

    assertThat(jdbc.into("equipment_coverage").get(0).rows())
        .containsExactly(Arrays.asList("eq-2", AT, AT, AT));
  }

  @Test
  void
      adds_the_patrols_time_to_the_inspection_months_of_the_pieces_whose_inspections_satisfy_a_level() {
    audit(PatrolProjectionTest.PATROL.replace("\"OK\"", "\"NOT_ACCESSIBLE\""));

    List<RecordingJdbc.Statement> months =
        jdbc.statements().stream().filter(s -> s.sql().contains("inspection_months")).toList();
    assertThat(months).hasSize(2);
    assertThat(months.get(0).rows()).containsExactly(List.of("eq-2", AT, "true", "true", "true"));
    assertThat(months.get(1).rows()).containsExactly(List.of("eq-2", AT, "true", "true", "true"));
  }
}
