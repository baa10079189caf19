package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Period;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patrols whose chain of captures is broken: signed on the inspector's phone at capture, they
 * reached the ledger without the capture before them, or after a later one, so a capture was
 * dropped or reordered between phone and ledger.
 */
@RestController
@Tag(name = "audit")
class CaptureBreaksController {
  private final CaptureBreaksRepository repository;
  private final Clock clock;

  /** The clock is the system's (UTC) unless the context holds one, as tests do. */
  CaptureBreaksController(CaptureBreaksRepository repository, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping("/api/v1/audit/capture-breaks")
  @Operation(
      summary = "Patrols recorded out of their inspector's chain of captures (supervisors)",
      description =
          "period: 2026-11, 2026-Q4 or 2026 (default the current month, UTC); district: a path"
              + " prefix within one's districts; page and size page them, newest first.")
  Paged<CaptureBreak> breaks(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    AuditScope scope = AuditScope.of(person, district);
    return repository.page(
        scope.prefixes(),
        Period.parseOrMonthOf(period, clock.instant()),
        PageRequest.parse(page, size));
  }
}
