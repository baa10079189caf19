package org.fitledger.chaincode.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * District paths {@code city/district/street/community} and their prefixes. A prefix covers a path
 * iff it equals the path's first segments: {@code SH/PD} covers {@code SH/PD/ZJ/C01}, {@code SH/P}
 * covers nothing under {@code SH/PD}.
 *
 * <pre>{@code
 * DistrictPaths.covers("SH/PD", "SH/PD/ZJ/C01"); // true
 * }</pre>
 */
public final class DistrictPaths {
  /** The number of levels of a full path. */
  public static final int LEVELS = 4;

  private static final Pattern SEGMENT = Pattern.compile("[A-Z0-9-]{1,16}");

  private DistrictPaths() {}

  /** A full path of exactly four segments, or {@code INVALID_INPUT}. */
  public static String path(String field, String value) {
    if (segmentsOf(field, value).size() != LEVELS) {
      throw Validation.invalid(field + " must have exactly " + LEVELS + " levels");
    }
    return value;
  }

  /** A prefix of one to four segments, or {@code INVALID_INPUT}. */
  public static String prefix(String field, String value) {
    segmentsOf(field, value);
    return value;
  }

  /** Whether {@code value} is a well-formed prefix, without throwing. */
  public static boolean isPrefix(String value) {
    if (value == null) {
      return false;
    }
    List<String> segments = List.of(value.split("/", -1));
    return segments.size() <= LEVELS
        && segments.stream().allMatch(s -> SEGMENT.matcher(s).matches());
  }

  /** The segments of a well-formed prefix or path. */
  public static List<String> segments(String prefix) {
    return List.of(prefix.split("/", -1));
  }

  /** Whether {@code prefix} equals the first segments of {@code path} (or of a longer prefix). */
  public static boolean covers(String prefix, String path) {
    List<String> outer = segments(prefix);
    List<String> inner = segments(path);
    return outer.size() <= inner.size() && inner.subList(0, outer.size()).equals(outer);
  }

  private static List<String> segmentsOf(String field, String value) {
    if (value == null) {
      throw Validation.invalid(field + " is required");
    }
    if (!isPrefix(value)) {
      throw Validation.invalid(
          field + " must be 1 to " + LEVELS + " segments of " + SEGMENT.pattern() + " joined by /");
    }
    return segments(value);
  }
}
