package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.query.Period;

/**
 * One month of a district's trends: SLA compliance of the tickets opened in it, those of them
 * overdue now, and inspection coverage at its end (or now, for the current month).
 *
 * @param period the calendar month
 * @param tickets the tickets opened in it
 * @param steps their contractor steps done, and on time
 * @param onTimeShare the steps of every kind on time over those done, or null when none was done
 * @param lateSteps the steps done late
 * @param overdueNow the tickets opened in the month that are overdue now
 * @param coverageAsOf the instant coverage is judged at, ISO-8601
 * @param coverage per inspection level with equipment to inspect: ROUTINE, FUNCTIONAL, STRUCTURAL
 */
public record TrendMonth(
    Period period,
    long tickets,
    SlaSteps steps,
    @Schema(types = {"number", "null"}) Double onTimeShare,
    long lateSteps,
    long overdueNow,
    String coverageAsOf,
    Map<String, LevelCoverage> coverage) {

  /** Copies the coverage. */
  public TrendMonth {
    coverage = Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
  }

  /**
   * Coverage of one level, summed over the districts.
   *
   * @param equipment the pieces to inspect at the level
   * @param overdue those overdue for an inspection at it
   * @param neverInspected those never inspected at it
   * @param coveredShare the pieces not overdue over all, or null without equipment
   */
  public record LevelCoverage(
      long equipment,
      long overdue,
      long neverInspected,
      @Schema(types = {"number", "null"}) Double coveredShare) {}

  /**
   * The month's figures from the SLA report's rows (any grouping) and the coverage report's rows
   * (any depth), summed.
   */
  static TrendMonth of(
      Period period, List<SlaRow> sla, List<CoverageRow> coverage, String coverageAsOf) {
    StepFigures acknowledge = sum(sla, 0);
    StepFigures makeSafe = sum(sla, 1);
    StepFigures repair = sum(sla, 2);
    long done = acknowledge.done() + makeSafe.done() + repair.done();
    long onTime = acknowledge.onTime() + makeSafe.onTime() + repair.onTime();
    Map<String, long[]> levels = new LinkedHashMap<>();
    for (CoverageRow row : coverage) {
      long[] sums = levels.computeIfAbsent(row.level(), l -> new long[3]);
      sums[0] += row.equipment();
      sums[1] += row.overdue();
      sums[2] += row.neverInspected();
    }
    Map<String, LevelCoverage> byLevel = new LinkedHashMap<>();
    levels.forEach(
        (level, s) ->
            byLevel.put(
                level, new LevelCoverage(s[0], s[1], s[2], Ratios.share(s[0] - s[1], s[0]))));
    return new TrendMonth(
        period,
        sla.stream().mapToLong(SlaRow::tickets).sum(),
        new SlaSteps(acknowledge, makeSafe, repair),
        Ratios.share(onTime, done),
        done - onTime,
        sla.stream().mapToLong(SlaRow::overdueNow).sum(),
        coverageAsOf,
        byLevel);
  }

  private static StepFigures sum(List<SlaRow> rows, int step) {
    long done = 0;
    long onTime = 0;
    for (SlaRow row : rows) {
      StepFigures figures =
          switch (step) {
            case 0 -> row.steps().acknowledge();
            case 1 -> row.steps().makeSafe();
            default -> row.steps().repair();
          };
      done += figures.done();
      onTime += figures.onTime();
    }
    return StepFigures.of(done, onTime);
  }
}
