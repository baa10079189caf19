package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Params;
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

/** SLA compliance per contractor company or district, with the steps behind every figure. */
@RestController
@RequestMapping("/api/v1/audit/sla")
@Tag(name = "audit")
class SlaController {
  static final String STEPS = "/api/v1/audit/sla/steps";
  static final String TICKETS = "/api/v1/tickets";

  private final SlaRepository repository;
  private final Clock clock;

  /** The clock is the system's (UTC) unless the context holds one, as tests do. */
  SlaController(SlaRepository repository, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  @Operation(
      summary = "SLA compliance of the tickets opened in a period (supervisors)",
      description =
          "period: 2026-11, 2026-Q4 or 2026 (default the current month, UTC); district: a path"
              + " prefix within one's districts; by: company (default) or district, with depth"
              + " 1..4; format=csv for CSV.")
  @ApiResponse(
      responseCode = "200",
      description = "the report, as JSON or (format=csv) CSV",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = SlaReport.class)))
  ResponseEntity<Object> report(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String depth,
      @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    AuditScope scope = AuditScope.of(person, district);
    Instant now = clock.instant();
    Period chosen = Period.parseOrMonthOf(period, now);
    String grouping =
        Params.oneOf(
            "by",
            Params.text(by),
            List.of(SlaRepository.BY_COMPANY, SlaRepository.BY_DISTRICT),
            SlaRepository.BY_COMPANY);
    boolean byDistrict = grouping.equals(SlaRepository.BY_DISTRICT);
    int levels = byDistrict ? scope.depth(depth) : 0;
    boolean csv = AuditAnswer.wantsCsv(format, accept);
    List<SlaRow> rows =
        repository.report(scope.prefixes(), chosen, grouping, levels, now).stream()
            .map(r -> r.withLinks(links(r, chosen, scope, byDistrict)))
            .toList();
    return AuditAnswer.of(
        csv,
        new SlaReport(chosen, scope.district(), grouping, byDistrict ? levels : null, rows),
        () -> SlaRow.csv(grouping).write(rows),
        "sla-" + chosen.id());
  }

  @GetMapping("/steps")
  @Operation(
      summary = "The steps of the tickets opened in a period (supervisors)",
      description =
          "Each with its deadline, whether it was on time, transaction id, block and signer."
              + " company, step (acknowledge, makeSafe, repair, verify, reject; comma-separated)"
              + " and onTime filter them; page and size page them.")
  ResponseEntity<Object> steps(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String company,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String onTime,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    AuditScope scope = AuditScope.of(person, district);
    Period chosen = Period.parseOrMonthOf(period, clock.instant());
    List<String> names = Params.list("step", step, SlaStep.apiNames());
    List<SlaStep> steps =
        (names.isEmpty() ? SlaStep.apiNames() : names).stream().map(SlaStep::named).toList();
    Boolean late = Params.flag("onTime", onTime);
    PageRequest request = PageRequest.parse(page, size);
    boolean csv = AuditAnswer.wantsCsv(format, accept);
    Paged<StepRecord> list =
        repository.steps(scope.prefixes(), chosen, Params.text(company), steps, late, request);
    return AuditAnswer.of(
        csv, list, () -> StepRecord.CSV.write(list.items()), "sla-steps-" + chosen.id());
  }

  /** The links of a row: its steps, its late steps and its overdue tickets. */
  static Map<String, String> links(
      SlaRow row, Period period, AuditScope scope, boolean byDistrict) {
    String district = byDistrict ? row.group() : scope.district();
    String company = byDistrict ? null : row.group();
    return Map.of(
        "tickets",
        Links.to(STEPS, "period", period.id(), "district", district, "company", company),
        "late",
        Links.to(
            STEPS,
            "period",
            period.id(),
            "district",
            district,
            "company",
            company,
            "onTime",
            false),
        "overdue",
        Links.to(
            TICKETS,
            "overdue",
            true,
            "company",
            company,
            "district",
            district,
            "period",
            period.id()));
  }
}
