package org.fitledger.gateway.audit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartDataTest {
  private final Assessment assessment = SampleAssessment.of();
  private final List<ChartSpec> charts = ChartData.of(assessment);

  @Test
  void draws_one_chart_per_section_with_rows_in_the_reports_order() {
    assertThat(charts)
        .extracting(ChartSpec::title)
        .containsExactly(
            "SLA on time by company",
            "SLA on time by district",
            "Equipment overdue for inspection by district",
            "Inspections by inspector");
  }

  @Test
  void puts_each_companys_on_time_shares_as_percentages_of_its_three_steps() {
    DefaultCategoryDataset data = charts.get(0).dataset();
    for (SlaFigures company : assessment.companies()) {
      String column = FigureText.group(company.group());
      assertThat(value(data, ChartData.ACKNOWLEDGE, column))
          .isEqualTo(percent(company.acknowledge()));
      assertThat(value(data, ChartData.MAKE_SAFE, column)).isEqualTo(percent(company.makeSafe()));
      assertThat(value(data, ChartData.REPAIR, column)).isEqualTo(percent(company.repair()));
    }
    assertThat(value(data, ChartData.REPAIR, SampleAssessment.CHINESE)).isEqualTo(75.0);
  }

  @Test
  void leaves_out_the_bar_of_a_step_nobody_took() {
    DefaultCategoryDataset data = charts.get(0).dataset();
    assertThat(value(data, ChartData.REPAIR, FigureText.NO_CONTRACT)).isNull();
    assertThat(value(data, ChartData.ACKNOWLEDGE, SampleAssessment.SCRIPT)).isEqualTo(0.0);
  }

  @Test
  void charts_the_share_overdue_per_district_and_level_and_inspections_within_and_beyond() {
    DefaultCategoryDataset coverage = charts.get(2).dataset();
    for (CoverageFigures row : assessment.coverage()) {
      assertThat(value(coverage, row.level(), row.district()))
          .isEqualTo(100.0 * row.overdue() / row.equipment());
    }
    DefaultCategoryDataset diligence = charts.get(3).dataset();
    assertThat(charts.get(3).stacked()).isTrue();
    for (InspectorFigures row : assessment.inspectors()) {
      assertThat(value(diligence, ChartData.BEYOND, row.inspector()))
          .isEqualTo((double) row.beyondTolerance());
      assertThat(value(diligence, ChartData.WITHIN, row.inspector()))
          .isEqualTo((double) (row.inspections() - row.beyondTolerance()));
    }
  }

  @Test
  void has_no_chart_for_a_section_without_rows() {
    Assessment empty =
        new Assessment(
            assessment.period(),
            assessment.from(),
            assessment.to(),
            null,
            2,
            assessment.coverageAsOf(),
            assessment.generatedAt(),
            List.of(),
            List.of(),
            assessment.coverage(),
            List.of());
    assertThat(ChartData.of(empty))
        .extracting(ChartSpec::title)
        .containsExactly("Equipment overdue for inspection by district");
  }

  @Test
  void draws_each_chart_as_a_png_without_a_display() {
    List<Chart> drawn = new ChartRenderer(new ReportFonts(FontFiles.WQY)).draw(charts);
    assertThat(drawn).hasSize(charts.size());
    for (Chart chart : drawn) {
      assertThat(chart.png()).startsWith(0x89, 'P', 'N', 'G');
    }
  }

  private static Double value(DefaultCategoryDataset data, String row, String column) {
    Number value = data.getValue(row, column);
    return value == null ? null : value.doubleValue();
  }

  private static Double percent(StepShare share) {
    return share.share() == null ? null : share.share() * 100;
  }
}
