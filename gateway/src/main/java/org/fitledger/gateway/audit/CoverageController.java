package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Params;
import org.fitledger.model.patrol.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage: which equipment was not inspected within its interval, by district and level. */
@RestController
@RequestMapping("/api/v1/audit/coverage")
@Tag(name = "audit")
class CoverageController {
  static final String OVERDUE = "/api/v1/audit/coverage/overdue";

  private final CoverageRepository repository;
  private final Clock clock;

  /** The clock is the system's (UTC) unless the context holds one, as tests do. */
  CoverageController(CoverageRepository repository, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  @Operation(
      summary = "Coverage by district and level as of an instant (supervisors)",
      description =
          "district: a path prefix within one's districts (default: all of them); depth 1..4"
              + " (default one below the district); level: ROUTINE, FUNCTIONAL or STRUCTURAL"
              + " (default all); at: ISO-8601 instant (default now); format=csv for CSV.")
  @ApiResponse(
      responseCode = "200",
      description = "the report, as JSON or (format=csv) CSV",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CoverageReport.class)))
  ResponseEntity<Object> report(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String depth,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String at,
      @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    AuditScope scope = AuditScope.of(person, district);
    int grouping = scope.depth(depth);
    String levelName = level(level);
    Instant asOf = Params.instant("at", at, clock.instant());
    boolean csv = AuditAnswer.wantsCsv(format, accept);
    List<CoverageRow> rows =
        repository.report(scope.prefixes(), grouping, levels(levelName), asOf).stream()
            .map(r -> r.withLinks(links(r, asOf)))
            .toList();
    return AuditAnswer.of(
        csv,
        new CoverageReport(asOf.toString(), scope.district(), grouping, levelName, rows),
        () -> CoverageRow.CSV.write(rows),
        "coverage-" + stamp(asOf));
  }

  @GetMapping("/overdue")
  @Operation(
      summary = "The equipment overdue for inspection as of an instant (supervisors)",
      description =
          "Each piece with its last satisfying inspection's patrol (or, never inspected, its"
              + " registration): transaction id, block and signer. Parameters as for coverage,"
              + " plus page and size.")
  ResponseEntity<Object> overdue(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String at,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    AuditScope scope = AuditScope.of(person, district);
    String levelName = level(level);
    Instant asOf = Params.instant("at", at, clock.instant());
    PageRequest request = PageRequest.parse(page, size);
    boolean csv = AuditAnswer.wantsCsv(format, accept);
    Paged<OverdueEquipment> list =
        repository.overdue(scope.prefixes(), levels(levelName), asOf, request);
    return AuditAnswer.of(
        csv,
        list,
        () -> OverdueEquipment.CSV.write(list.items()),
        "coverage-overdue-" + stamp(asOf));
  }

  /** The links of a row: the pieces overdue at its level in its district as of the instant. */
  static Map<String, String> links(CoverageRow row, Instant asOf) {
    return Map.of(
        "overdue", Links.to(OVERDUE, "district", row.district(), "level", row.level(), "at", asOf));
  }

  private static String level(String level) {
    return Params.oneOf(
        "level", Params.text(level), Arrays.stream(Level.values()).map(Enum::name).toList(), null);
  }

  private static List<Level> levels(String level) {
    return level == null ? List.of(Level.values()) : List.of(Level.valueOf(level));
  }

  private static String stamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
  }
}
