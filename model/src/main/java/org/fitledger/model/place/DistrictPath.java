package org.fitledger.model.place;

import java.util.List;
import java.util.regex.Pattern;
import org.fitledger.model.format.Formats;

/**
 * District paths {@code city/district/street/community} (e.g. {@code SH/PD/ZJ/C01}) and their
 * prefixes of one to four segments, each {@code [A-Z0-9-]{1,16}}. A prefix covers a path when it
 * equals the path's first segments: {@code SH/PD} covers {@code SH/PD/ZJ/C01}, {@code SH/P} covers
 * nothing under {@code SH/PD}. A person's scope, a contract's districts and a query's district are
 * prefixes; a piece of equipment stands at a full path.
 *
 * <pre>{@code
 * DistrictPath.covers("SH/PD", "SH/PD/ZJ/C01"); // true
 * }</pre>
 */
public final class DistrictPath {
  /** The number of levels of a full path. */
  public static final int LEVELS = 4;

  /** One segment. */
  public static final Pattern SEGMENT = Pattern.compile(Formats.DISTRICT_SEGMENT);

  private DistrictPath() {}

  /** Whether the text is a well-formed prefix: one to four segments joined by {@code /}. */
  public static boolean isPrefix(String text) {
    if (text == null) {
      return false;
    }
    List<String> segments = List.of(text.split("/", -1));
    return segments.size() <= LEVELS
        && segments.stream().allMatch(s -> SEGMENT.matcher(s).matches());
  }

  /** Whether the text is a full path: a prefix of exactly four segments. */
  public static boolean isPath(String text) {
    return isPrefix(text) && segments(text).size() == LEVELS;
  }

  /** The segments of a well-formed prefix or path. */
  public static List<String> segments(String prefix) {
    return List.of(prefix.split("/", -1));
  }

  /**
   * Whether a prefix covers a path (or a longer prefix): it equals its first segments. False when
   * either is null or malformed.
   */
  public static boolean covers(String prefix, String path) {
    if (!isPrefix(prefix) || !isPrefix(path)) {
      return false;
    }
    List<String> outer = segments(prefix);
    List<String> inner = segments(path);
    return outer.size() <= inner.size() && inner.subList(0, outer.size()).equals(outer);
  }
}
