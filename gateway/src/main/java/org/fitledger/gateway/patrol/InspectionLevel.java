package org.fitledger.gateway.patrol;

import java.util.Arrays;
import java.util.List;

/**
 * How thorough an inspection is, from the least thorough. For coverage, an inspection satisfies its
 * own level and every less thorough one, unless it found the equipment {@code NOT_ACCESSIBLE}: then
 * it inspected nothing.
 *
 * <p>{@code InspectionLevel.satisfiedBy("FUNCTIONAL", "OK")} is {@code [ROUTINE, FUNCTIONAL]}.
 */
public enum InspectionLevel {
  ROUTINE,
  FUNCTIONAL,
  STRUCTURAL;

  /** The condition of an inspection that could not reach the equipment. */
  public static final String NOT_ACCESSIBLE = "NOT_ACCESSIBLE";

  /**
   * The levels an inspection satisfies.
   *
   * @param level its level, e.g. {@code STRUCTURAL}; an unknown one satisfies none
   * @param condition what it found, e.g. {@code OK}
   */
  public static List<InspectionLevel> satisfiedBy(String level, String condition) {
    if (condition == null || NOT_ACCESSIBLE.equals(condition)) {
      return List.of();
    }
    return Arrays.stream(values())
        .filter(l -> l.name().equals(level))
        .findFirst()
        .map(l -> List.of(values()).subList(0, l.ordinal() + 1))
        .orElse(List.of());
  }

  /** The levels whose inspections satisfy this one: itself and every more thorough one. */
  public List<InspectionLevel> satisfiers() {
    return List.of(values()).subList(ordinal(), values().length);
  }

  /** The level of a name, or null for null. */
  public static InspectionLevel of(String name) {
    return name == null ? null : valueOf(name);
  }
}
