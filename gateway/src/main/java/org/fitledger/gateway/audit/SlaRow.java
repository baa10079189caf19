package org.fitledger.gateway.audit;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SLA compliance of the tickets of one company or one district opened in a period. It is sent with
 * its group as {@code "company":"GREENFIX"} or {@code "district":"SH/PD"}.
 *
 * @param by {@code company} or {@code district}
 * @param group the company (null for tickets no contract covered) or the district prefix
 * @param tickets the tickets
 * @param steps the contractor steps done, and on time
 * @param hoursToAcknowledge from opening to the first acknowledgement
 * @param hoursToRepair from opening to the first repair
 * @param reworkRate the tickets rejected at least once over the tickets with a repair, or null
 * @param overdueNow the tickets overdue now
 * @param links {@code tickets}: their steps; {@code late}: their late steps; {@code overdue}: the
 *     overdue tickets
 */
public record SlaRow(
    @JsonIgnore String by,
    @JsonIgnore String group,
    long tickets,
    SlaSteps steps,
    Hours hoursToAcknowledge,
    Hours hoursToRepair,
    @Schema(types = {"number", "null"}) Double reworkRate,
    long overdueNow,
    Map<String, String> links) {

  /** Copies the links. */
  public SlaRow {
    links = Map.copyOf(links);
  }

  /** The group as one property named by {@code by}. */
  @JsonAnyGetter
  Map<String, Object> groupProperty() {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put(by, group);
    return property;
  }

  SlaRow withLinks(Map<String, String> links) {
    return new SlaRow(
        by,
        group,
        tickets,
        steps,
        hoursToAcknowledge,
        hoursToRepair,
        reworkRate,
        overdueNow,
        links);
  }

  /** The CSV columns, the first named by {@code by}. */
  static CsvColumns<SlaRow> csv(String by) {
    return new CsvColumns<SlaRow>()
        .add(by, SlaRow::group)
        .add("tickets", SlaRow::tickets)
        .add("acknowledgeDone", r -> r.steps().acknowledge().done())
        .add("acknowledgeOnTime", r -> r.steps().acknowledge().onTime())
        .add("acknowledgeOnTimeShare", r -> r.steps().acknowledge().onTimeShare())
        .add("makeSafeDone", r -> r.steps().makeSafe().done())
        .add("makeSafeOnTime", r -> r.steps().makeSafe().onTime())
        .add("makeSafeOnTimeShare", r -> r.steps().makeSafe().onTimeShare())
        .add("repairDone", r -> r.steps().repair().done())
        .add("repairOnTime", r -> r.steps().repair().onTime())
        .add("repairOnTimeShare", r -> r.steps().repair().onTimeShare())
        .add("hoursToAcknowledgeMean", r -> r.hoursToAcknowledge().mean())
        .add("hoursToAcknowledgeMedian", r -> r.hoursToAcknowledge().median())
        .add("hoursToRepairMean", r -> r.hoursToRepair().mean())
        .add("hoursToRepairMedian", r -> r.hoursToRepair().median())
        .add("reworkRate", SlaRow::reworkRate)
        .add("overdueNow", SlaRow::overdueNow);
  }
}
