package org.fitledger.gateway.audit;

import java.util.Map;

/**
 * The coverage of one inspection level in one district: how many pieces of equipment there are, how
 * many are overdue for an inspection at that level, and how many were never inspected at it.
 *
 * @param district the district path prefix grouped by
 * @param level {@code ROUTINE}, {@code FUNCTIONAL} or {@code STRUCTURAL}
 * @param equipment the pieces in service or out of service (not retired) registered by then
 * @param overdue those whose last satisfying inspection, or registration, is older than the
 *     interval
 * @param neverInspected those without a satisfying inspection by then
 * @param links {@code overdue}: the list of the overdue pieces
 */
public record CoverageRow(
    String district,
    String level,
    long equipment,
    long overdue,
    long neverInspected,
    Map<String, String> links) {

  /** Copies the links. */
  public CoverageRow {
    links = Map.copyOf(links);
  }

  CoverageRow withLinks(Map<String, String> links) {
    return new CoverageRow(district, level, equipment, overdue, neverInspected, links);
  }

  static final CsvColumns<CoverageRow> CSV =
      new CsvColumns<CoverageRow>()
          .add("district", CoverageRow::district)
          .add("level", CoverageRow::level)
          .add("equipment", CoverageRow::equipment)
          .add("overdue", CoverageRow::overdue)
          .add("neverInspected", CoverageRow::neverInspected);
}
