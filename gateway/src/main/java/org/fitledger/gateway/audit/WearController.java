package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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

/** The wear of connected machines: their uses in a period, most used first. */
@RestController
@RequestMapping("/api/v1/audit/wear")
@Tag(name = "audit")
class WearController {
  /** The most machines one answer lists. */
  static final int MAX_ROWS = 500;

  private final WearRepository repository;
  private final Clock clock;

  /** The clock is the system's (UTC) unless the context holds one, as tests do. */
  WearController(WearRepository repository, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  @Operation(
      summary = "Uses of connected machines in a period, most used first (supervisors)",
      description =
          "period: 2026-11, 2026-Q4 or 2026 (default the current month, UTC); district: a path"
              + " prefix within one's districts; format=csv for CSV. From the usage counts the"
              + " machines' devices signed, as the ledger recorded them.")
  @ApiResponse(
      responseCode = "200",
      description = "the machines, as JSON or (format=csv) CSV",
      content =
          @Content(
              mediaType = "application/json",
              array = @ArraySchema(schema = @Schema(implementation = WearRow.class))))
  ResponseEntity<Object> wear(
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
    List<WearRow> rows = repository.rows(scope.prefixes(), chosen, MAX_ROWS);
    return AuditAnswer.of(csv, rows, () -> WearRow.CSV.write(rows), "wear-" + chosen.id());
  }
}
