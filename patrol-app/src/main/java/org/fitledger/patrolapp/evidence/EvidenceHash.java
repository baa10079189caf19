package org.fitledger.patrolapp.evidence;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a photo as 64 lowercase hex digits: its name on the ledger and in the store.
 *
 * <pre>{@code
 * EvidenceHash hash = EvidenceHash.parse(pathParam).orElseThrow();
 * Path file = storeDir.resolve(hash.relativePath()); // ab/ab12…
 * }</pre>
 *
 * @param hex 64 lowercase hex digits
 */
record EvidenceHash(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** Checks that {@code hex} is 64 lowercase hex digits. */
  public EvidenceHash {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("not 64 lowercase hex digits: " + hex);
    }
  }

  /** The hash named by {@code text}, or empty if it is not 64 lowercase hex digits. */
  public static Optional<EvidenceHash> parse(String text) {
    return text != null && HEX.matcher(text).matches()
        ? Optional.of(new EvidenceHash(text))
        : Optional.empty();
  }

  /** The hash of a SHA-256 digest. */
  public static EvidenceHash of(byte[] digest) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, got " + digest.length);
    }
    return new EvidenceHash(HexFormat.of().formatHex(digest));
  }

  /** Where the photo lives below the store directory: {@code <first 2 hex digits>/<hash>}. */
  public Path relativePath() {
    return Path.of(hex.substring(0, 2), hex);
  }
}
