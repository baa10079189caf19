package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
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

/** Diligence: who inspected where, and which inspections had a GPS fix far from the equipment. */
@RestController
@RequestMapping("/api/v1/audit/diligence")
@Tag(name = "audit")
class DiligenceController {
  static final String INSPECTIONS = "/api/v1/audit/diligence/inspections";

  private final DiligenceRepository repository;
  private final Clock clock;

  /** The clock is the system's (UTC) unless the context holds one, as tests do. */
  DiligenceController(DiligenceRepository repository, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  @Operation(
      summary = "Each inspector's inspections in a period (supervisors)",
      description =
          "period: 2026-11, 2026-Q4 or 2026 (default the current month, UTC); district: a path"
              + " prefix within one's districts; format=csv for CSV.")
  @ApiResponse(
      responseCode = "200",
      description = "the report, as JSON or (format=csv) CSV",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DiligenceReport.class)))
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
    List<DiligenceRow> rows =
        repository.report(scope.prefixes(), chosen).stream()
            .map(r -> r.withLinks(links(r, chosen, scope)))
            .toList();
    return AuditAnswer.of(
        csv,
        new DiligenceReport(chosen, scope.district(), rows),
        () -> DiligenceRow.CSV.write(rows),
        "diligence-" + chosen.id());
  }

  @GetMapping("/inspections")
  @Operation(
      summary = "The inspections recorded in a period (supervisors)",
      description =
          "Each with its location check, transaction id, block and signer. inspector and"
              + " beyondTolerance filter them; page and size page them.")
  ResponseEntity<Object> inspections(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String inspector,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String beyondTolerance,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    AuditScope scope = AuditScope.of(person, district);
    Period chosen = Period.parseOrMonthOf(period, clock.instant());
    Boolean beyond = Params.flag("beyondTolerance", beyondTolerance);
    PageRequest request = PageRequest.parse(page, size);
    boolean csv = AuditAnswer.wantsCsv(format, accept);
    Paged<InspectionRecord> list =
        repository.inspections(scope.prefixes(), chosen, Params.text(inspector), beyond, request);
    return AuditAnswer.of(
        csv,
        list,
        () -> InspectionRecord.CSV.write(list.items()),
        "diligence-inspections-" + chosen.id());
  }

  /** The links of a row: the inspector's inspections, and those beyond the tolerance. */
  static Map<String, String> links(DiligenceRow row, Period period, AuditScope scope) {
    return Map.of(
        "beyondTolerance",
        Links.to(
            INSPECTIONS,
            "inspector",
            row.inspector(),
            "period",
            period.id(),
            "district",
            scope.district(),
            "beyondTolerance",
            true),
        "inspections",
        Links.to(
            INSPECTIONS,
            "inspector",
            row.inspector(),
            "period",
            period.id(),
            "district",
            scope.district()));
  }
}
