package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.query.Params;
import org.fitledger.gateway.query.Period;
import org.fitledger.model.patrol.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Month-over-month trends of a district: for each of the last months, the SLA report's totals over
 * the tickets opened in it and the coverage report's totals at its end, read month by month from
 * the same repositories as {@code /audit/sla} and {@code /audit/coverage}.
 */
@RestController
@RequestMapping("/api/v1/audit/trends")
@Tag(name = "audit")
class TrendsController {
  static final int MAX_MONTHS = 24;
  static final int DEFAULT_MONTHS = 12;

  private final SlaRepository sla;
  private final CoverageRepository coverage;
  private final Clock clock;

  /** The clock is the system's (UTC) unless the context holds one, as tests do. */
  TrendsController(SlaRepository sla, CoverageRepository coverage, ObjectProvider<Clock> clock) {
    this.sla = sla;
    this.coverage = coverage;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  @Operation(
      summary = "A district's SLA, overdue and coverage figures month by month (supervisors)",
      description =
          "district: a path prefix within one's districts (default: all of them); months 1..24"
              + " (default 12), the current month (UTC) last. Each month: the tickets opened in"
              + " it, their steps on time, those overdue now, and coverage per level at the"
              + " month's end (now for the current month).")
  TrendsReport trends(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String months) {
    AuditScope scope = AuditScope.of(person, district);
    int count = Params.integer("months", months, 1, MAX_MONTHS, DEFAULT_MONTHS);
    int depth = scope.depth(String.valueOf(deepest(scope)));
    Instant now = clock.instant();
    List<TrendMonth> figures = new ArrayList<>();
    for (Period month : lastMonths(now, count)) {
      Instant asOf = month.to().isAfter(now) ? now : month.to();
      figures.add(
          TrendMonth.of(
              month,
              sla.report(scope.prefixes(), month, SlaRepository.BY_COMPANY, 0, now),
              coverage.report(scope.prefixes(), depth, List.of(Level.values()), asOf),
              asOf.toString()));
    }
    return new TrendsReport(scope.district(), figures);
  }

  /** The calendar months (UTC) up to the one holding {@code now}, oldest first. */
  static List<Period> lastMonths(Instant now, int count) {
    YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
    List<Period> periods = new ArrayList<>();
    for (int back = count - 1; back >= 0; back--) {
      periods.add(Period.parse(current.minusMonths(back).toString()));
    }
    return periods;
  }

  private static int deepest(AuditScope scope) {
    return scope.prefixes().stream().mapToInt(p -> p.split("/").length).max().orElse(1);
  }
}
