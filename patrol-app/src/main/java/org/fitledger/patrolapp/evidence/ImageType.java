package org.fitledger.patrolapp.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The photo formats the store accepts, recognised by their first bytes alone, never by a
 * Content-Type header.
 *
 * <pre>{@code
 * Optional<ImageType> type = ImageType.sniff(firstBytes); // JPEG, PNG, WEBP or empty
 * }</pre>
 */
enum ImageType {
  /** JPEG: {@code FF D8 FF}. */
  JPEG("image/jpeg"),
  /** PNG: {@code 89 50 4E 47 0D 0A 1A 0A}. */
  PNG("image/png"),
  /** WebP: {@code RIFF}, four size bytes, {@code WEBP}. */
  WEBP("image/webp");

  /** How many leading bytes {@link #sniff} needs to tell every type apart. */
  public static final int MAGIC_LENGTH = 12;

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP_MAGIC = {'W', 'E', 'B', 'P'};

  private final String mediaType;

  ImageType(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type to answer with, such as {@code image/jpeg}. */
  public String mediaType() {
    return mediaType;
  }

  /** The type whose magic bytes {@code head} starts with; empty if none does or it is too short. */
  public static Optional<ImageType> sniff(byte[] head) {
    if (startsWith(head, 0, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, 0, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP_MAGIC)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, int offset, byte[] magic) {
    return head.length >= offset + magic.length
        && Arrays.equals(head, offset, offset + magic.length, magic, 0, magic.length);
  }
}
