package org.fitledger.gateway.equipment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Params;
import org.fitledger.model.patrol.Level;

/**
 * A checked request for the equipment due for inspection ({@code GET /api/v1/due-inspections}): the
 * pieces due for an inspection at one of the levels by the end of day {@code on} (UTC), nearest to
 * {@code near} first when it is given, else the earliest due first; ties by id.
 *
 * <p>{@code DueSearch.of(new Query("31.23,121.47", "2026-11-22", "ROUTINE", null, null, null),
 * now).until()} is {@code 2026-11-23T00:00:00Z}.
 *
 * @param near where the person stands, or null
 * @param on the day (UTC)
 * @param levels the levels asked about, least thorough first
 * @param district a district path prefix, or null
 * @param page the page
 */
record DueSearch(
    GeoPoint near, LocalDate on, List<Level> levels, String district, PageRequest page) {

  /** Copies the levels. */
  DueSearch {
    levels = List.copyOf(levels);
  }

  /**
   * The query parameters as sent.
   *
   * @param near {@code <latitude>,<longitude>} in decimal degrees, e.g. {@code 31.2304,121.4737}
   * @param on the day (UTC, YYYY-MM-DD) by whose end the inspection is due; default today (UTC)
   * @param level ROUTINE, FUNCTIONAL or STRUCTURAL; default all three
   * @param district a district path prefix within one's own, e.g. {@code SH/PD/ZJ}
   * @param page the page, from 0
   * @param size rows per page, 1..500 (default 50)
   */
  record Query(String near, String on, String level, String district, String page, String size) {}

  /**
   * Checks the parameters; a malformed one is {@code INVALID_INPUT}.
   *
   * @param now the instant whose UTC day is the default {@code on}
   */
  static DueSearch of(Query query, Instant now) {
    String level =
        Params.oneOf(
            "level",
            Params.text(query.level()),
            Arrays.stream(Level.values()).map(Enum::name).toList(),
            null);
    return new DueSearch(
        GeoPoint.parse("near", query.near()),
        Params.date("on", query.on(), LocalDate.ofInstant(now, ZoneOffset.UTC)),
        level == null ? List.of(Level.values()) : List.of(Level.valueOf(level)),
        Params.district("district", Params.text(query.district())),
        PageRequest.parse(query.page(), query.size()));
  }

  /** The end of day {@code on} (UTC): an inspection due before it is due that day. */
  Instant until() {
    return on.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The levels of a piece that are due by the end of the day, of those asked about. */
  List<LevelDue> dueOf(List<LevelDue> levelsOfPiece) {
    return levelsOfPiece.stream()
        .filter(due -> levels.contains(due.level()) && due.dueBefore(until()))
        .sorted((a, b) -> a.level().compareTo(b.level()))
        .toList();
  }
}
