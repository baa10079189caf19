package org.fitledger.gateway.audit;

import java.util.List;
import java.util.Map;

/**
 * One inspector's inspections in a period: how many, how many with a GPS fix beyond the location
 * tolerance (a possible desk patrol), and the districts they covered.
 *
 * @param inspector the common name of the inspector's certificate
 * @param msp the inspector's MSP
 * @param inspections the inspections
 * @param beyondTolerance those whose fix lay beyond the tolerance
 * @param beyondToleranceShare {@code beyondTolerance / inspections}
 * @param districts the district paths of the inspected equipment, sorted
 * @param links {@code beyondTolerance}: those inspections; {@code inspections}: all of them
 */
public record DiligenceRow(
    String inspector,
    String msp,
    long inspections,
    long beyondTolerance,
    Double beyondToleranceShare,
    List<String> districts,
    Map<String, String> links) {

  /** Copies the lists. */
  public DiligenceRow {
    districts = List.copyOf(districts);
    links = Map.copyOf(links);
  }

  DiligenceRow withLinks(Map<String, String> links) {
    return new DiligenceRow(
        inspector, msp, inspections, beyondTolerance, beyondToleranceShare, districts, links);
  }

  static final CsvColumns<DiligenceRow> CSV =
      new CsvColumns<DiligenceRow>()
          .add("inspector", DiligenceRow::inspector)
          .add("msp", DiligenceRow::msp)
          .add("inspections", DiligenceRow::inspections)
          .add("beyondTolerance", DiligenceRow::beyondTolerance)
          .add("beyondToleranceShare", DiligenceRow::beyondToleranceShare)
          .add("districts", DiligenceRow::districts);
}
