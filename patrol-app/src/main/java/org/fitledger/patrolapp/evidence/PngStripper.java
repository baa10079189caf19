package org.fitledger.patrolapp.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Follows a PNG chunk by chunk up to {@code IEND}, leaving out {@code eXIf} and the text chunks
 * ({@code tEXt}, {@code zTXt}, {@code iTXt}), which hold XMP and raw Exif profiles among others.
 */
final class PngStripper {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final Set<String> METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt");
  private static final long MAX_CHUNK_LENGTH = 0x7FFF_FFFFL;

  private PngStripper() {}

  static void strip(ImageInput in, OutputStream out) throws IOException {
    in.skip(SIGNATURE.length);
    out.write(SIGNATURE);
    String type = "";
    while (!"IEND".equals(type)) {
      long length = in.u32();
      if (length > MAX_CHUNK_LENGTH) {
        throw new MalformedImageException("PNG chunk length " + length + " is over 2^31-1");
      }
      byte[] typeBytes = in.bytes(4);
      type = new String(typeBytes, StandardCharsets.ISO_8859_1);
      long rest = length + 4; // data and CRC
      if (METADATA.contains(type)) {
        in.skip(rest);
      } else {
        writeU32(out, length);
        out.write(typeBytes);
        in.copy(rest, out);
      }
    }
  }

  private static void writeU32(OutputStream out, long value) throws IOException {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift) & 0xFF);
    }
  }
}
