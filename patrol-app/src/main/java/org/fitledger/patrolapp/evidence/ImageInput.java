package org.fitledger.patrolapp.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads an image's bytes in order, failing with {@link MalformedImageException} at a short end. */
final class ImageInput {

  private static final int COPY_BUFFER = 16 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[COPY_BUFFER];

  ImageInput(InputStream in) {
    this.in = in;
  }

  int u8() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new MalformedImageException("the image ends too early");
    }
    return b;
  }

  int u16() throws IOException {
    return u8() << 8 | u8();
  }

  long u32() throws IOException {
    return (long) u16() << 16 | u16();
  }

  byte[] bytes(int count) throws IOException {
    byte[] bytes = in.readNBytes(count);
    if (bytes.length != count) {
      throw new MalformedImageException("the image ends too early");
    }
    return bytes;
  }

  void copy(long count, OutputStream out) throws IOException {
    long left = count;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new MalformedImageException("the image ends too early");
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  void skip(long count) throws IOException {
    copy(count, OutputStream.nullOutputStream());
  }
}
