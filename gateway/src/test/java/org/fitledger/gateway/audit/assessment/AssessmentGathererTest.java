package org.fitledger.gateway.audit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.fitledger.gateway.audit.CoverageRow;
import org.fitledger.gateway.audit.DiligenceRow;
import org.fitledger.gateway.audit.Hours;
import org.fitledger.gateway.audit.SlaRow;
import org.fitledger.gateway.audit.SlaSteps;
import org.fitledger.gateway.audit.StepFigures;
import org.fitledger.gateway.query.Period;
import org.junit.jupiter.api.Test;

class AssessmentGathererTest {
  private static final String STEPS = "/api/v1/audit/sla/steps?period=2026-11&company=GREENFIX";

  @Test
  void counts_coverage_at_the_last_second_of_a_past_period() {
    assertThat(
            AssessmentGatherer.coverageAsOf(
                Period.parse("2026-Q3"), Instant.parse("2026-11-22T10:00:00.123Z")))
        .isEqualTo(Instant.parse("2026-09-30T23:59:59Z"));
  }

  @Test
  void counts_coverage_at_the_current_second_while_the_period_lasts() {
    assertThat(
            AssessmentGatherer.coverageAsOf(
                Period.parse("2026"), Instant.parse("2026-11-22T10:00:00.987654Z")))
        .isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
  }

  @Test
  void keeps_each_sla_figure_and_links_each_steps_share_to_those_steps() {
    SlaRow row =
        new SlaRow(
            "company",
            "GREENFIX",
            12,
            new SlaSteps(StepFigures.of(10, 9), StepFigures.of(2, 1), StepFigures.of(4, 3)),
            new Hours(1.0, 1.0),
            new Hours(2.0, 2.0),
            0.25,
            2,
            Map.of("tickets", STEPS, "late", STEPS + "&onTime=false", "overdue", "/o"));

    SlaFigures figures = AssessmentGatherer.sla(row);

    assertThat(figures.group()).isEqualTo("GREENFIX");
    assertThat(figures.tickets()).isEqualTo(12);
    assertThat(figures.acknowledge())
        .isEqualTo(new StepShare(10, 9, 0.9, STEPS + "&step=acknowledge"));
    assertThat(figures.makeSafe()).isEqualTo(new StepShare(2, 1, 0.5, STEPS + "&step=makeSafe"));
    assertThat(figures.repair()).isEqualTo(new StepShare(4, 3, 0.75, STEPS + "&step=repair"));
    assertThat(figures.reworkRate()).isEqualTo(0.25);
    assertThat(figures.overdueNow()).isEqualTo(2);
    assertThat(figures.ticketsLink()).isEqualTo(STEPS);
    assertThat(figures.lateLink()).isEqualTo(STEPS + "&onTime=false");
    assertThat(figures.overdueLink()).isEqualTo("/o");
  }

  @Test
  void keeps_coverage_and_diligence_figures_with_their_links() {
    assertThat(
            AssessmentGatherer.coverage(
                new CoverageRow("SH/PD", "ROUTINE", 40, 3, 1, Map.of("overdue", "/c"))))
        .isEqualTo(new CoverageFigures("SH/PD", "ROUTINE", 40, 3, 1, "/c"));
    assertThat(
            AssessmentGatherer.inspector(
                new DiligenceRow(
                    "inspector1",
                    "PatrolMSP",
                    20,
                    1,
                    0.05,
                    java.util.List.of("SH/PD"),
                    Map.of("inspections", "/i", "beyondTolerance", "/b"))))
        .isEqualTo(new InspectorFigures("inspector1", "PatrolMSP", 20, 1, 0.05, "/i", "/b"));
  }
}
