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

  private static final List<Object> EQ1 = List.of("eq-1", AT, "true", "false", "false");
  private static final List<Object> EQ2 = List.of("eq-2", AT, "true", "true", "true");

  @Test
  void first_writes_the_months_a_time_adds_to_each_pieces_range_then_adds_the_time() {
    List<RecordingJdbc.Statement> statements = add();

    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).sql())
        .contains("insert into inspection_months")
        .contains("on conflict (equipment_id, month) do nothing");
    assertThat(statements.get(0).rows()).containsExactly(EQ1, EQ2);
    assertThat(statements.get(1).sql())
        .startsWith("with i as")
        .contains("update inspection_months");
    assertThat(statements.get(1).rows()).containsExactly(EQ1, EQ2);
  }

  @Test
  void adds_the_times_of_several_patrols_in_the_same_two_statements() {
    String later = "2026-12-02T08:00:00Z";
    new InspectionMonths(jdbc.client())
        .addAll(
            List.of(
                new InspectionMonths.Satisfied(AT, Map.of("eq-1", EnumSet.of(Level.ROUTINE))),
                new InspectionMonths.Satisfied(
                    later, Map.of("eq-1", EnumSet.of(Level.ROUTINE, Level.FUNCTIONAL)))));

    assertThat(jdbc.statements()).hasSize(2);
    assertThat(jdbc.statements().get(1).rows())
        .containsExactly(
            List.of("eq-1", AT, "true", "false", "false"),
            List.of("eq-1", later, "true", "true", "false"));
  }

  @Test
  void writes_only_months_outside_the_range_held_and_after_it_starts_from_the_latest_time_held() {
    String sql = add().get(0).sql();

    assertThat(sql)
        .contains("where s.lo is null or g.month < s.lo or g.month > s.hi")
        .contains("case when g.month > s.hi then greatest(h.routine_before, h.routine_last) end")
        .contains("generate_series(least(s.tlo, s.lo)::timestamp,")
        .contains("greatest(s.thi, s.hi)::timestamp")
        .contains("date_trunc('month', x.at::timestamptz at time zone 'UTC')::date");
  }

  @Test
  void keeps_the_time_as_its_months_latest_and_as_the_before_of_later_months_if_later() {
    String sql = add().get(1).sql();

    assertThat(sql)
        .contains("on m.equipment_id = i.equipment_id and m.month >= i.month")
        .contains(
            "max(i.at) filter (where i.functional and i.month < m.month) as functional_before")
        .contains("functional_before = greatest(m.functional_before, a.functional_before)")
        .contains("max(i.at) filter (where i.structural and i.month = m.month) as structural_last")
        .contains("structural_last = greatest(m.structural_last, a.structural_last)")
        .contains("min(i.at) filter (where i.routine and i.month = m.month) as routine_first")
        .contains("routine_first = least(m.routine_first, a.routine_first)")
        .doesNotContain("array");
  }

  @Test
  void derives_the_table_from_the_satisfying_inspections_in_one_statement() {
    new InspectionMonths(jdbc.client()).deriveAll();

    assertThat(jdbc.statements()).hasSize(1);
    assertThat(jdbc.statements().get(0).sql())
        .startsWith("insert into inspection_months")
        .contains(
            "from inspections where recorded_ts is not null and condition <> 'NOT_ACCESSIBLE'"
                + " and level in ('ROUTINE', 'FUNCTIONAL', 'STRUCTURAL')")
        .contains("level in ('STRUCTURAL') as structural")
        .contains("max(p.functional_last) over earlier")
        .contains("min(ts) as routine_first")
        .contains("rows between unbounded preceding and 1 preceding");
  }
}
