package org.fitledger.patrolapp.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Follows a JPEG marker by marker, and through the entropy-coded data of each scan, leaving out the
 * APP1 segments that carry Exif or XMP.
 */
final class JpegStripper {

  private static final int SOI = 0xD8;
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;
  private static final int APP1 = 0xE1;
  private static final int TEM = 0x01;
  private static final List<byte[]> METADATA_IDS =
      List.of(
          ascii("Exif\0"),
          ascii("http://ns.adobe.com/xap/1.0/\0"),
          ascii("http://ns.adobe.com/xmp/extension/\0"));
  private static final int LONGEST_ID = 35;

  private JpegStripper() {}

  static void strip(ImageInput in, OutputStream out) throws IOException {
    if (in.u8() != 0xFF || in.u8() != SOI) {
      throw new MalformedImageException("a JPEG starts with FF D8");
    }
    writeMarker(out, SOI);
    int marker = nextMarker(in);
    while (marker != EOI) {
      if (marker == SOI || marker == 0x00) {
        throw new MalformedImageException("unexpected JPEG marker " + Integer.toHexString(marker));
      }
      if (isStandalone(marker)) {
        writeMarker(out, marker);
        marker = nextMarker(in);
      } else if (marker == SOS) {
        segment(in, out, marker);
        marker = copyScan(in, out);
      } else {
        segment(in, out, marker);
        marker = nextMarker(in);
      }
    }
    writeMarker(out, EOI);
  }

  private static void segment(ImageInput in, OutputStream out, int marker) throws IOException {
    int length = in.u16();
    if (length < 2) {
      throw new MalformedImageException("JPEG segment length " + length + " is below 2");
    }
    int payload = length - 2;
    if (marker != APP1) {
      writeMarker(out, marker);
      writeU16(out, length);
      in.copy(payload, out);
      return;
    }
    byte[] id = in.bytes(Math.min(payload, LONGEST_ID));
    if (isMetadata(id)) {
      in.skip(payload - id.length);
    } else {
      writeMarker(out, marker);
      writeU16(out, length);
      out.write(id);
      in.copy(payload - id.length, out);
    }
  }

  // Inside a scan, FF 00 is a data byte FF and FF D0..D7 a restart marker; any other marker ends
  // the scan and is returned.
  private static int copyScan(ImageInput in, OutputStream out) throws IOException {
    while (true) {
      int b = in.u8();
      if (b != 0xFF) {
        out.write(b);
        continue;
      }
      int next = in.u8();
      while (next == 0xFF) {
        next = in.u8();
      }
      if (next == 0x00 || isRestart(next)) {
        out.write(0xFF);
        out.write(next);
      } else {
        return next;
      }
    }
  }

  private static int nextMarker(ImageInput in) throws IOException {
    if (in.u8() != 0xFF) {
      throw new MalformedImageException("expected a JPEG marker");
    }
    int marker = in.u8();
    while (marker == 0xFF) {
      marker = in.u8();
    }
    return marker;
  }

  private static boolean isMetadata(byte[] id) {
    return METADATA_IDS.stream()
        .anyMatch(
            known ->
                id.length >= known.length
                    && Arrays.equals(id, 0, known.length, known, 0, known.length));
  }

  private static boolean isStandalone(int marker) {
    return marker == TEM || isRestart(marker);
  }

  private static boolean isRestart(int marker) {
    return marker >= 0xD0 && marker <= 0xD7;
  }

  private static void writeMarker(OutputStream out, int marker) throws IOException {
    out.write(0xFF);
    out.write(marker);
  }

  private static void writeU16(OutputStream out, int value) throws IOException {
    out.write(value >>> 8);
    out.write(value & 0xFF);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
