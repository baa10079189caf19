package org.fitledger.gateway.audit.assessment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fitledger.gateway.audit.AuditFigures;
import org.fitledger.gateway.audit.AuditScope;
import org.fitledger.gateway.audit.CoverageRow;
import org.fitledger.gateway.audit.DiligenceRow;
import org.fitledger.gateway.audit.SlaRepository;
import org.fitledger.gateway.audit.SlaRow;
import org.fitledger.gateway.audit.StepFigures;
import org.fitledger.gateway.query.Period;

/**
 * Reads an assessment's figures from the audit ({@link AuditFigures}): SLA per company and per
 * district, coverage per district and level, diligence per inspector, each with the JSON audit
 * API's links, so that every figure is the one {@code /api/v1/audit/...} answers.
 *
 * <p>{@code new AssessmentGatherer(auditFigures).gather(AuditScope.of(person, "SH/PD"),
 * Period.parse("2026-11"), 3, now)}
 */
class AssessmentGatherer {
  private final AuditFigures audit;

  AssessmentGatherer(AuditFigures audit) {
    this.audit = audit;
  }

  /**
   * The figures of a period within a scope.
   *
   * @param depth the district level the district tables group by
   * @param now the instant the figures are read at
   */
  Assessment gather(AuditScope scope, Period period, int depth, Instant now) {
    Instant asOf = coverageAsOf(period, now);
    return new Assessment(
        period.id(),
        period.from(),
        period.to(),
        scope.district(),
        depth,
        asOf,
        now,
        audit.sla(scope, period, SlaRepository.BY_COMPANY, 0, now).stream()
            .map(AssessmentGatherer::sla)
            .toList(),
        audit.sla(scope, period, SlaRepository.BY_DISTRICT, depth, now).stream()
            .map(AssessmentGatherer::sla)
            .toList(),
        audit.coverage(scope, depth, asOf).stream().map(AssessmentGatherer::coverage).toList(),
        audit.diligence(scope, period).stream().map(AssessmentGatherer::inspector).toList());
  }

  /**
   * Coverage is counted at the period's last second, or while the period lasts at the second now
   * falls in.
   */
  static Instant coverageAsOf(Period period, Instant now) {
    Instant last = period.to().minusSeconds(1);
    Instant second = now.truncatedTo(ChronoUnit.SECONDS);
    return second.isBefore(last) ? second : last;
  }

  static SlaFigures sla(SlaRow row) {
    String steps = row.links().get("tickets");
    return new SlaFigures(
        row.group(),
        row.tickets(),
        share(row.steps().acknowledge(), steps, "acknowledge"),
        share(row.steps().makeSafe(), steps, "makeSafe"),
        share(row.steps().repair(), steps, "repair"),
        row.reworkRate(),
        row.overdueNow(),
        steps,
        row.links().get("late"),
        row.links().get("overdue"));
  }

  // The steps link always names the period, so a filter is one more parameter.
  private static StepShare share(StepFigures figures, String steps, String step) {
    return new StepShare(
        figures.done(), figures.onTime(), figures.onTimeShare(), steps + "&step=" + step);
  }

  static CoverageFigures coverage(CoverageRow row) {
    return new CoverageFigures(
        row.district(),
        row.level(),
        row.equipment(),
        row.overdue(),
        row.neverInspected(),
        row.links().get("overdue"));
  }

  static InspectorFigures inspector(DiligenceRow row) {
    return new InspectorFigures(
        row.inspector(),
        row.msp(),
        row.inspections(),
        row.beyondTolerance(),
        row.beyondToleranceShare(),
        row.links().get("inspections"),
        row.links().get("beyondTolerance"));
  }
}
