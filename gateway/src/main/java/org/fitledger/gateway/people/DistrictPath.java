package org.fitledger.gateway.people;

import java.util.regex.Pattern;

/**
 * District paths ({@code city/district/street/community}, e.g. {@code SH/PD/ZJ/C01}) and the
 * prefixes that cover them, segment by segment: {@code SH/PD} covers {@code SH/PD/ZJ/C01}, {@code
 * SH/P} does not.
 *
 * <p>{@code DistrictPath.covers("SH/PD", "SH/PD/ZJ/C01")} is true.
 */
public final class DistrictPath {
  private static final String SEGMENT = "[A-Z0-9-]{1,16}";
  private static final Pattern PREFIX = Pattern.compile(SEGMENT + "(/" + SEGMENT + "){0,3}");

  private DistrictPath() {}

  /** Whether the text is a prefix of 1 to 4 well-formed segments. */
  public static boolean isPrefix(String text) {
    return text != null && PREFIX.matcher(text).matches();
  }

  /**
   * Whether a prefix covers a path: it equals the path's first segments.
   *
   * @param prefix e.g. {@code SH/PD}
   * @param path e.g. {@code SH/PD/ZJ/C01}
   * @return false for null or malformed input
   */
  public static boolean covers(String prefix, String path) {
    if (!isPrefix(prefix) || !isPrefix(path)) {
      return false;
    }
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
