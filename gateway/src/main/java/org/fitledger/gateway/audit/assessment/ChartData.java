package org.fitledger.gateway.audit.assessment;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts as datasets, from its figures: on-time shares of the three contractor steps
 * per company and per district, the share of equipment overdue per district and level, and each
 * inspector's inspections within and beyond the location tolerance. A table without rows has no
 * chart; a share without steps has no bar.
 *
 * <p>{@code ChartData.of(assessment)} holds, for a company whose repairs were 3 of 4 on time, the
 * value 75.0 in series {@code Repair}, column {@code GREENFIX} of its first chart.
 */
final class ChartData {
  static final String ACKNOWLEDGE = "Acknowledge";
  static final String MAKE_SAFE = "Make safe";
  static final String REPAIR = "Repair";
  static final String WITHIN = "Within tolerance";
  static final String BEYOND = "Beyond tolerance";

  private ChartData() {}

  /** The charts of an assessment, in the order the report shows them. */
  static List<ChartSpec> of(Assessment assessment) {
    List<ChartSpec> charts = new ArrayList<>();
    if (!assessment.companies().isEmpty()) {
      charts.add(sla("SLA on time by company", "company", assessment.companies()));
    }
    if (!assessment.districts().isEmpty()) {
      charts.add(sla("SLA on time by district", "district", assessment.districts()));
    }
    if (!assessment.coverage().isEmpty()) {
      charts.add(coverage(assessment.coverage()));
    }
    if (!assessment.inspectors().isEmpty()) {
      charts.add(diligence(assessment.inspectors()));
    }
    return charts;
  }

  static ChartSpec sla(String title, String axis, List<SlaFigures> rows) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (SlaFigures row : rows) {
      String group = FigureText.group(row.group());
      data.addValue(percent(row.acknowledge().share()), ACKNOWLEDGE, group);
      data.addValue(percent(row.makeSafe().share()), MAKE_SAFE, group);
      data.addValue(percent(row.repair().share()), REPAIR, group);
    }
    return new ChartSpec(title, axis, "% of steps on time", false, data);
  }

  static ChartSpec coverage(List<CoverageFigures> rows) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CoverageFigures row : rows) {
      double share = row.equipment() == 0 ? 0 : 100.0 * row.overdue() / row.equipment();
      data.addValue(share, row.level(), row.district());
    }
    return new ChartSpec(
        "Equipment overdue for inspection by district", "district", "% overdue", false, data);
  }

  static ChartSpec diligence(List<InspectorFigures> rows) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (InspectorFigures row : rows) {
      data.addValue(row.inspections() - row.beyondTolerance(), WITHIN, row.inspector());
      data.addValue(row.beyondTolerance(), BEYOND, row.inspector());
    }
    return new ChartSpec("Inspections by inspector", "inspector", "inspections", true, data);
  }

  private static Double percent(Double ratio) {
    return ratio == null ? null : ratio * 100;
  }
}
