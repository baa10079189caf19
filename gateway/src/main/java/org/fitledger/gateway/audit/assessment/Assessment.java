package org.fitledger.gateway.audit.assessment;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one assessment report: the audit's answers for one period and district, each with
 * the drill-down link (relative, from {@code /api/v1/}) the JSON audit API gives it.
 *
 * <p>{@code new Assessment("2026-11", from, to, "SH/PD", 3, asOf, now, companies, districts,
 * coverage, inspectors)}
 *
 * @param period the period as written: {@code 2026-11}, {@code 2026-Q4} or {@code 2026}
 * @param from its first instant
 * @param to the first instant after it
 * @param district the district reported, or null for all of the supervisor's districts
 * @param depth the district level the district tables group by, 1..4
 * @param coverageAsOf the instant coverage is counted at: the period's last second, or now while it
 *     lasts
 * @param generatedAt when the figures were read; tickets overdue are those overdue then
 * @param companies SLA compliance per contractor company
 * @param districts SLA compliance per district
 * @param coverage coverage per district and inspection level
 * @param inspectors diligence per inspector
 */
public record Assessment(
    String period,
    Instant from,
    Instant to,
    String district,
    int depth,
    Instant coverageAsOf,
    Instant generatedAt,
    List<SlaFigures> companies,
    List<SlaFigures> districts,
    List<CoverageFigures> coverage,
    List<InspectorFigures> inspectors) {

  /** Copies the lists. */
  public Assessment {
    companies = List.copyOf(companies);
    districts = List.copyOf(districts);
    coverage = List.copyOf(coverage);
    inspectors = List.copyOf(inspectors);
  }
}
