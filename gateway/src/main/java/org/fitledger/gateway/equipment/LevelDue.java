package org.fitledger.gateway.equipment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.model.patrol.Level;
import tools.jackson.databind.node.ObjectNode;

/**
 * When a piece of equipment is due for an inspection at one level, on an inspector's list: its
 * interval (days of 24 hours) after the ledger time of the last inspection that satisfied the
 * level; a level never inspected is due from the registration on, since a piece newly put up needs
 * its first inspection before anything else. (Coverage, an audit figure, gives a new piece one
 * interval of grace instead.) An inspection satisfies its own level and every less thorough one;
 * one that found the equipment NOT_ACCESSIBLE satisfies none.
 *
 * <p>{@code LevelDue.of(ROUTINE, 7, null, Instant.parse("2026-11-01T08:00:00Z"))} is due at {@code
 * 2026-11-01T08:00:00Z}, never inspected.
 *
 * @param level the level
 * @param dueAt when the next inspection at the level is due
 * @param lastInspectedAt the ledger time of the last satisfying inspection, or null
 */
record LevelDue(Level level, Instant dueAt, Instant lastInspectedAt) {

  /**
   * The due time of a level.
   *
   * @param level the level
   * @param intervalDays the equipment's interval for the level, or null when it has none
   * @param lastInspectedAt the last satisfying inspection's ledger time, or null
   * @param registeredAt when the equipment was registered, or null if unknown
   * @return empty without an interval, or without anything to count it from
   */
  static Optional<LevelDue> of(
      Level level, Integer intervalDays, Instant lastInspectedAt, Instant registeredAt) {
    if (intervalDays == null) {
      return Optional.empty();
    }
    if (lastInspectedAt == null) {
      return Optional.ofNullable(registeredAt).map(at -> new LevelDue(level, at, null));
    }
    return Optional.of(
        new LevelDue(
            level, lastInspectedAt.plus(Duration.ofHours(24L * intervalDays)), lastInspectedAt));
  }

  /** Whether it is due before an instant, such as the end of a day. */
  boolean dueBefore(Instant until) {
    return dueAt.isBefore(until);
  }

  /** {@code {"level":…,"dueAt":…,"lastInspectedAt":…|null}}. */
  ObjectNode view() {
    ObjectNode view = RecordJson.read("{}");
    view.put("level", level.name());
    view.put("dueAt", dueAt.toString());
    view.put("lastInspectedAt", lastInspectedAt == null ? null : lastInspectedAt.toString());
    return view;
  }
}
