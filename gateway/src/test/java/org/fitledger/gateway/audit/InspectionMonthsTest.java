package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fitledger.gateway.index.RecordingJdbc;
import org.fitledger.model.patrol.Level;
import org.junit.jupiter.api.Test;

class InspectionMonthsTest {
  private static final String AT = "2026-11-21T10:00:00Z";

  private final RecordingJdbc jdbc = new RecordingJdbc();

  private List<RecordingJdbc.Statement> add() {
    Map<String, Set<Level>> satisfied = new LinkedHashMap<>();
    satisfied.put("eq-1", EnumSet.of(Level.ROUTINE));
    satisfied.put("eq-2", EnumSet.allOf(Level.class));
    new InspectionMonths(jdbc.client()).add(AT, satisfied);
    return jdbc.statements();
  }

  @Test
  void first_writes_the_months_a_time_adds_to_each_pieces_range_then_adds_the_time() {
    List<RecordingJdbc.Statement> statements = add();

    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).sql())
        .contains("insert into inspection_months")
        .contains("on conflict (equipment_id, month) do nothing");
    assertThat(statements.get(0).params()).containsExactly("eq-1", "eq-2", AT);
    assertThat(statements.get(1).sql())
        .startsWith("with input")
        .contains("update inspection_months");
    assertThat(statements.get(1).params())
        .containsExactly("eq-1", true, false, false, "eq-2", true, true, true, AT);
  }

  @Test
  void writes_only_months_outside_the_range_held_and_after_it_starts_from_the_latest_time_held() {
    String sql = add().get(0).sql();

    assertThat(sql)
        .contains("where s.lo is null or g.month < s.lo or g.month > s.hi")
        .contains(
            "case when g.month > s.hi then greatest(h.routine_before,"
                + " h.routine_times[cardinality(h.routine_times)]) end")
        .contains("generate_series(least(s.tm, s.lo)::timestamp,")
        .contains("date_trunc('month', x.at at time zone 'UTC')::date");
  }

  @Test
  void adds_the_time_to_its_month_of_each_level_satisfied_and_to_the_before_of_later_months() {
    String sql = add().get(1).sql();

    assertThat(sql)
        .contains("where m.equipment_id = i.equipment_id and m.month >= t.month")
        .contains(
            "functional_before = case when i.functional and m.month > t.month"
                + " then greatest(m.functional_before, t.at) else m.functional_before end")
        .contains(
            "structural_times = case when i.structural and m.month = t.month then array(select"
                + " distinct x.ts from unnest(array_append(m.structural_times, t.at)) x (ts)"
                + " order by x.ts) else m.structural_times end");
  }
}
