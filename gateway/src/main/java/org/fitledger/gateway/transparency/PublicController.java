package org.fitledger.gateway.transparency;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.query.Params;
import org.fitledger.model.error.ErrorCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public page's figures, without sign-in:
 *
 * <ul>
 *   <li>{@code GET /public/v1/tickets/{id}}: a ticket's story, each step with the role and
 *       organization that took it, when, whether on time, and its transaction (for its receipt);
 *   <li>{@code GET /public/v1/tickets}: the 50 tickets closed last;
 *   <li>{@code GET /public/v1/faults}: the open tickets, oldest first, each with its age;
 *   <li>{@code GET /public/v1/time-to-fix?months=12}: per month of opening, by district and by
 *       company, tickets opened and repaired, the median hours to repair and the share of repairs
 *       on time.
 * </ul>
 */
@RestController
@RequestMapping("/public/v1")
@Hidden
class PublicController {
  static final int MAX_FAULTS = 500;
  static final int RECENTLY_CLOSED = 50;

  private final PublicRepository repository;
  private final Clock clock;

  PublicController(PublicRepository repository, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping("/tickets/{id}")
  Map<String, Object> ticket(@PathVariable String id) {
    Map<String, Object> ticket =
        repository
            .ticket(id)
            .orElseThrow(() -> new CodedException(ErrorCode.TICKET_NOT_FOUND, "no ticket " + id));
    String openedBy = (String) ticket.get("reportedBy");
    List<Map<String, Object>> steps = repository.steps(id);
    steps.forEach(step -> step.put("role", PublicRoles.of((String) step.get("action"), openedBy)));
    ticket.put("steps", steps);
    return ticket;
  }

  @GetMapping("/tickets")
  Map<String, Object> recentlyClosed() {
    return Map.of("closed", repository.recentlyClosed(RECENTLY_CLOSED));
  }

  @GetMapping("/faults")
  Map<String, Object> faults() {
    List<Map<String, Object>> open = repository.tickets(true, MAX_FAULTS, 0);
    long now = clock.millis();
    open.forEach(
        fault ->
            fault.put(
                "ageHours",
                (now - Instant.parse((String) fault.get("opened")).toEpochMilli()) / 3_600_000.0));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("total", repository.ticketCount(true));
    answer.put("faults", open);
    return answer;
  }

  @GetMapping("/time-to-fix")
  Map<String, Object> timeToFix(@RequestParam(required = false) String months) {
    int span = Params.integer("months", months, 1, 36, 12);
    LocalDate first =
        LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1).minusMonths(span - 1);
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("from", first.toString());
    answer.put("byDistrict", repository.timeToFix("district_path", from));
    answer.put("byCompany", repository.timeToFix("company", from));
    return answer;
  }
}
