package org.fitledger.gateway.ticket;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Params;
import org.fitledger.gateway.query.Period;
import org.fitledger.gateway.query.SortOrder;
import org.fitledger.model.ticket.TicketState;

/**
 * A checked search of the tickets ({@code GET /api/v1/tickets}); every filter is optional and they
 * combine with {@code and}.
 *
 * @param states the states to keep; empty keeps all
 * @param company the assigned company, or null
 * @param district a district path prefix, or null
 * @param overdue whether to keep only overdue tickets ({@code true}), only others ({@code false}),
 *     or both (null)
 * @param open whether to keep only tickets still open ({@code true}), only closed or cancelled ones
 *     ({@code false}), or both (null)
 * @param actionable whether to keep only the tickets the reader may take a step on now ({@code
 *     true}), only the others ({@code false}), or both (null)
 * @param equipmentId the equipment, or null
 * @param period the period the tickets opened in, or null
 * @param sort the order
 * @param page the page
 */
record TicketSearch(
    List<String> states,
    String company,
    String district,
    Boolean overdue,
    Boolean open,
    Boolean actionable,
    String equipmentId,
    Period period,
    SortOrder sort,
    PageRequest page) {
  static final List<String> STATES = Arrays.stream(TicketState.values()).map(Enum::name).toList();
  static final List<String> SORT_KEYS =
      List.of("openedAt", "acknowledgeDeadline", "repairDeadline", "nextDeadline", "severity");

  /**
   * The query parameters as sent.
   *
   * @param status comma-separated states, e.g. {@code OPEN,ACKNOWLEDGED}
   * @param company the assigned company, e.g. {@code GREENFIX}
   * @param district a district path prefix, e.g. {@code SH/PD}
   * @param overdue {@code true} or {@code false}
   * @param open {@code true}: the tickets still needing work; {@code false}: closed or cancelled
   * @param actionable {@code true}: the tickets on which the reader may take a step now (those
   *     whose allowedActions are not empty); {@code false}: the others
   * @param equipmentId a piece of equipment
   * @param period the month, quarter or year the tickets opened in (2026-11, 2026-Q4, 2026)
   * @param sort openedAt (default), acknowledgeDeadline, repairDeadline, nextDeadline (the deadline
   *     of the contractor step the ticket waits for, see {@link NextStep}; tickets waiting for none
   *     come last) or severity; a leading - sorts descending
   * @param page the page, from 0
   * @param size rows per page, 1..500 (default 50)
   */
  record Query(
      String status,
      String company,
      String district,
      String overdue,
      String open,
      String actionable,
      String equipmentId,
      String period,
      String sort,
      String page,
      String size) {}

  /** Checks the parameters; a malformed one is {@code INVALID_INPUT}. */
  static TicketSearch of(Query query, Instant now) {
    return new TicketSearch(
        Params.list("status", query.status(), STATES),
        Params.absent(query.company()) ? null : query.company().strip(),
        Params.district("district", query.district()),
        Params.flag("overdue", query.overdue()),
        Params.flag("open", query.open()),
        Params.flag("actionable", query.actionable()),
        Params.absent(query.equipmentId()) ? null : query.equipmentId().strip(),
        Params.absent(query.period()) ? null : Period.parseOrMonthOf(query.period(), now),
        SortOrder.parse(query.sort(), SORT_KEYS, "openedAt"),
        PageRequest.parse(query.page(), query.size()));
  }
}
