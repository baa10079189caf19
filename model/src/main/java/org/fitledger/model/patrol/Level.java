package org.fitledger.model.patrol;

import java.util.List;

/**
 * How thorough an inspection is, from the least thorough. For coverage, an inspection satisfies its
 * own level and every less thorough one, unless it found the equipment {@link
 * Condition#NOT_ACCESSIBLE}: then it inspected nothing.
 *
 * <p>{@code Level.satisfiedBy(Level.FUNCTIONAL, Condition.OK)} is {@code [ROUTINE, FUNCTIONAL]}.
 */
public enum Level {
  ROUTINE,
  FUNCTIONAL,
  STRUCTURAL;

  /**
   * The levels an inspection satisfies.
   *
   * @param level its level; null satisfies none
   * @param condition what it found; null satisfies none
   */
  public static List<Level> satisfiedBy(Level level, Condition condition) {
    if (level == null || condition == null || condition == Condition.NOT_ACCESSIBLE) {
      return List.of();
    }
    return List.of(values()).subList(0, level.ordinal() + 1);
  }

  /** The levels whose inspections satisfy this one: itself and every more thorough one. */
  public List<Level> satisfiers() {
    return List.of(values()).subList(ordinal(), values().length);
  }
}
