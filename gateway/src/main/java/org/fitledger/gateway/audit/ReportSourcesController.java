package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.query.Period;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where faults are reported from (patrols, residents, devices), and how reports are triaged. */
@RestController
@RequestMapping("/api/v1/audit/reports")
@Tag(name = "audit")
class ReportSourcesController {
  private final ReportSourcesRepository repository;
  private final Clock clock;

  /** The clock is the system's (UTC) unless the context holds one, as tests do. */
  ReportSourcesController(ReportSourcesRepository repository, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  @Operation(
      summary = "Faults reported in a period by source (supervisors)",
      description =
          "period: 2026-11, 2026-Q4 or 2026 (default the current month, UTC); district: a path"
              + " prefix within one's districts; format=csv for CSV. Per source: reported,"
              + " triaged, confirmed, merged, rejected, the share confirmed and the hours from"
              + " report to triage.")
  @ApiResponse(
      responseCode = "200",
      description = "the report, as JSON or (format=csv) CSV",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReportSourcesReport.class)))
  ResponseEntity<Object> report(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    AuditScope scope = AuditScope.of(person, district);
    Period chosen = Period.parseOrMonthOf(period, clock.instant());
    boolean csv = AuditAnswer.wantsCsv(format, accept);
    List<ReportSourcesRow> rows = repository.bySource(scope.prefixes(), chosen);
    return AuditAnswer.of(
        csv,
        new ReportSourcesReport(chosen, scope.district(), rows),
        () -> ReportSourcesRow.CSV.write(rows),
        "report-sources-" + chosen.id());
  }
}
