package org.fitledger.gateway.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ticket.Category;

/**
 * The filters of GET requests. {@code service_request_id} (comma-separated, at most {@value
 * #MAX_IDS}) overrides the others. Otherwise {@code start_date} and {@code end_date} (W3C
 * date-times) bound the time of filing, at most {@value #MAX_DAYS} days apart: the 90 days before
 * {@code end_date}, or after {@code start_date}, or before now. {@code service_code} and {@code
 * status} ({@code open}, {@code closed}) take comma-separated values.
 *
 * @param ids the requests asked for by id
 * @param categories the categories of the service codes asked for; empty for all
 * @param from the earliest filing time
 * @param to the latest filing time
 * @param status true for closed only, false for open only, null for both
 */
record RequestSearch(
    List<String> ids, List<Category> categories, Instant from, Instant to, Boolean status) {
  static final int MAX_IDS = 100;
  static final int MAX_DAYS = 90;
  // W3C date-times PostgreSQL and every client can carry.
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** The search the query parameters describe, at {@code now}. */
  static RequestSearch parse(
      String ids, String codes, String start, String end, String status, Instant now) {
    if (ids != null && !ids.isBlank()) {
      List<String> list = values("service_request_id", ids);
      if (list.size() > MAX_IDS) {
        throw Open311Exception.badRequest(
            "service_request_id names at most " + MAX_IDS + " requests");
      }
      for (String id : list) {
        if (!id.matches(Formats.ID)) {
          throw Open311Exception.badRequest("service_request_id " + id + " is not a request id");
        }
      }
      return new RequestSearch(list, List.of(), null, null, null);
    }
    List<Category> categories =
        codes == null || codes.isBlank()
            ? List.of()
            : values("service_code", codes).stream().map(Open311Services::require).toList();
    Duration span = Duration.ofDays(MAX_DAYS);
    Instant from = start == null ? null : instant("start_date", start);
    Instant to = end == null ? null : instant("end_date", end);
    if (from == null && to == null) {
      to = now;
    }
    if (from == null) {
      from = to.minus(span);
    } else if (to == null) {
      to = from.plus(span).isAfter(LATEST) ? LATEST : from.plus(span);
    }
    if (to.isBefore(from)) {
      throw Open311Exception.badRequest("end_date is before start_date");
    }
    if (Duration.between(from, to).compareTo(span) > 0) {
      throw Open311Exception.badRequest(
          "start_date and end_date may not span more than " + MAX_DAYS + " days");
    }
    return new RequestSearch(List.of(), categories, from, to, status(status));
  }

  private static Boolean status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    Set<String> asked = new LinkedHashSet<>(values("status", status));
    if (!Set.of("open", "closed").containsAll(asked)) {
      throw Open311Exception.badRequest("status takes open, closed or both, comma-separated");
    }
    return asked.size() == 2 ? null : asked.contains("closed");
  }

  private static List<String> values(String name, String list) {
    if (list.length() > 10_000) {
      throw Open311Exception.badRequest(name + " is too long");
    }
    return Arrays.stream(list.split(",", -1)).map(String::strip).toList();
  }

  private static Instant instant(String name, String value) {
    try {
      Instant instant = OffsetDateTime.parse(value.strip()).toInstant();
      if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
        throw Open311Exception.badRequest(name + " must lie between the years 2000 and 9999");
      }
      return instant;
    } catch (DateTimeParseException e) {
      throw Open311Exception.badRequest(
          name + " must be a W3C date-time such as 2026-12-01T00:00:00Z");
    }
  }
}
