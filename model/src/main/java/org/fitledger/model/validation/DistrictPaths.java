package org.fitledger.model.validation;

import java.util.List;
import org.fitledger.model.place.DistrictPath;

/**
 * The checks of district paths in requests: {@link DistrictPath}'s rule, refused with {@code
 * INVALID_INPUT} naming the field.
 *
 * <pre>{@code
 * DistrictPaths.path("districtPath", "SH/PD/ZJ/C01");
 * }</pre>
 */
public final class DistrictPaths {
  private DistrictPaths() {}

  /** A full path of exactly four segments, or {@code INVALID_INPUT}. */
  public static String path(String field, String value) {
    if (segmentsOf(field, value).size() != DistrictPath.LEVELS) {
      throw Validation.invalid(field + " must have exactly " + DistrictPath.LEVELS + " levels");
    }
    return value;
  }

  /** A prefix of one to four segments, or {@code INVALID_INPUT}. */
  public static String prefix(String field, String value) {
    segmentsOf(field, value);
    return value;
  }

  private static List<String> segmentsOf(String field, String value) {
    if (value == null) {
      throw Validation.invalid(field + " is required");
    }
    if (!DistrictPath.isPrefix(value)) {
      throw Validation.invalid(
          field
              + " must be 1 to "
              + DistrictPath.LEVELS
              + " segments of "
              + DistrictPath.SEGMENT.pattern()
              + " joined by /");
    }
    return DistrictPath.segments(value);
  }
}
