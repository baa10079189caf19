package org.fitledger.patrolapp.evidence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the evidence store keeps photos and how large one may be.
 *
 * <pre>{@code
 * EvidenceConfig config = EvidenceConfig.fromEnvironment(System.getenv());
 * }</pre>
 *
 * @param directory the store's directory; created at start if missing
 * @param maxBytes the largest photo accepted, in bytes
 */
public record EvidenceConfig(Path directory, long maxBytes) {

  static final String DIR_VARIABLE = "FITLEDGER_EVIDENCE_DIR";
  static final String MAX_BYTES_VARIABLE = "FITLEDGER_EVIDENCE_MAX_BYTES";
  static final String DEFAULT_DIR = "evidence";

  /** The default limit, 10 MiB: a photo the page has resized is well under 1 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The highest limit that may be configured, 1 GiB. */
  public static final long LARGEST_MAX_BYTES = 1024L * 1024 * 1024;

  /** Checks both components. */
  public EvidenceConfig {
    Objects.requireNonNull(directory, "directory");
    if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
      throw new IllegalArgumentException(
          MAX_BYTES_VARIABLE + " must be 1.." + LARGEST_MAX_BYTES + ", got " + maxBytes);
    }
  }

  /**
   * Reads {@code FITLEDGER_EVIDENCE_DIR} (default {@code evidence} in the working directory) and
   * {@code FITLEDGER_EVIDENCE_MAX_BYTES} (default 10 MiB).
   */
  public static EvidenceConfig fromEnvironment(Map<String, String> env) {
    String dir = env.getOrDefault(DIR_VARIABLE, "").strip();
    String max = env.getOrDefault(MAX_BYTES_VARIABLE, "").strip();
    return new EvidenceConfig(
        Path.of(dir.isEmpty() ? DEFAULT_DIR : dir),
        max.isEmpty() ? DEFAULT_MAX_BYTES : parseBytes(max));
  }

  private static long parseBytes(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(MAX_BYTES_VARIABLE + " is not a number: " + value, e);
    }
  }
}
