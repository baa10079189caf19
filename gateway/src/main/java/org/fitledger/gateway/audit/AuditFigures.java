package org.fitledger.gateway.audit;

import java.time.Instant;
import java.util.List;
import org.fitledger.gateway.query.Period;
import org.fitledger.model.patrol.Level;

/**
 * The audit's rows with their drill-down links, exactly as {@code GET /api/v1/audit/sla}, {@code
 * /coverage} and {@code /diligence} answer them, for readers that file them in another form (the
 * assessment report). The same repositories and the same links as those controllers, so that a
 * figure here equals the JSON API's for the same period, district and instant.
 *
 * <pre>{@code
 * AuditFigures figures = new AuditFigures(slaRepository, coverageRepository, diligenceRepository);
 * List<SlaRow> rows = figures.sla(scope, Period.parse("2026-11"), SlaRepository.BY_COMPANY, 0, now);
 * }</pre>
 */
public class AuditFigures {
  private final SlaRepository sla;
  private final CoverageRepository coverage;
  private final DiligenceRepository diligence;

  /** Reads through the audit's repositories. */
  public AuditFigures(
      SlaRepository sla, CoverageRepository coverage, DiligenceRepository diligence) {
    this.sla = sla;
    this.coverage = coverage;
    this.diligence = diligence;
  }

  /**
   * SLA compliance, as {@code /api/v1/audit/sla?by=…&depth=…} answers its rows.
   *
   * @param by {@link SlaRepository#BY_COMPANY} or {@link SlaRepository#BY_DISTRICT}
   * @param depth the district level, for {@link SlaRepository#BY_DISTRICT}
   * @param now the instant that decides which tickets are overdue
   */
  public List<SlaRow> sla(AuditScope scope, Period period, String by, int depth, Instant now) {
    boolean byDistrict = SlaRepository.BY_DISTRICT.equals(by);
    return sla.report(scope.prefixes(), period, by, byDistrict ? depth : 0, now).stream()
        .map(r -> r.withLinks(SlaController.links(r, period, scope, byDistrict)))
        .toList();
  }

  /** Coverage of every level, as {@code /api/v1/audit/coverage?depth=…&at=…} answers its rows. */
  public List<CoverageRow> coverage(AuditScope scope, int depth, Instant asOf) {
    return coverage.report(scope.prefixes(), depth, List.of(Level.values()), asOf).stream()
        .map(r -> r.withLinks(CoverageController.links(r, asOf)))
        .toList();
  }

  /** Each inspector's inspections, as {@code /api/v1/audit/diligence} answers its rows. */
  public List<DiligenceRow> diligence(AuditScope scope, Period period) {
    return diligence.report(scope.prefixes(), period).stream()
        .map(r -> r.withLinks(DiligenceController.links(r, period, scope)))
        .toList();
  }
}
