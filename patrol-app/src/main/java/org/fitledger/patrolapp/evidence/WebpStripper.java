package org.fitledger.patrolapp.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a WebP's RIFF chunks, leaving out {@code EXIF} and {@code XMP } and clearing their flags
 * in {@code VP8X}. The RIFF header states the file's size, so a first pass over the chunk headers
 * finds what stays before the second pass writes it.
 */
final class WebpStripper {

  private static final int HEADER = 12;
  private static final int CHUNK_HEADER = 8;
  private static final int VP8X_EXIF_AND_XMP_FLAGS = 0x08 | 0x04;
  private static final int COPY_BUFFER = 16 * 1024;

  private WebpStripper() {}

  private record Chunk(String fourCc, long dataOffset, long size) {
    long padded() {
      return size + (size & 1);
    }
  }

  static void strip(SeekableByteChannel in, OutputStream out) throws IOException {
    ByteBuffer header = read(in, 0, HEADER);
    long riffSize = Integer.toUnsignedLong(header.getInt(4));
    long end = CHUNK_HEADER + riffSize;
    if (riffSize < 4 || end > in.size()) {
      throw new MalformedImageException("WebP RIFF size " + riffSize + " does not fit the file");
    }
    List<Chunk> kept = new ArrayList<>();
    long position = HEADER;
    while (position < end) {
      Chunk chunk = chunkAt(in, position, end);
      if (!"EXIF".equals(chunk.fourCc()) && !"XMP ".equals(chunk.fourCc())) {
        kept.add(chunk);
      }
      position = chunk.dataOffset() + chunk.padded();
    }
    long keptSize = 4;
    for (Chunk chunk : kept) {
      keptSize += CHUNK_HEADER + chunk.padded();
    }
    out.write(new byte[] {'R', 'I', 'F', 'F'});
    writeU32Le(out, keptSize);
    out.write(new byte[] {'W', 'E', 'B', 'P'});
    for (Chunk chunk : kept) {
      write(in, chunk, out);
    }
  }

  // A last chunk of odd size may lack its padding byte at the end of the file; it is added.
  private static Chunk chunkAt(SeekableByteChannel in, long position, long end) throws IOException {
    if (position + CHUNK_HEADER > end) {
      throw new MalformedImageException("WebP chunk header runs past the RIFF end");
    }
    ByteBuffer header = read(in, position, CHUNK_HEADER);
    byte[] fourCc = new byte[4];
    header.get(0, fourCc);
    Chunk chunk =
        new Chunk(
            new String(fourCc, StandardCharsets.ISO_8859_1),
            position + CHUNK_HEADER,
            Integer.toUnsignedLong(header.getInt(4)));
    if (chunk.dataOffset() + chunk.size() > end) {
      throw new MalformedImageException("WebP chunk " + chunk.fourCc() + " runs past the RIFF end");
    }
    return chunk;
  }

  private static void write(SeekableByteChannel in, Chunk chunk, OutputStream out)
      throws IOException {
    out.write(chunk.fourCc().getBytes(StandardCharsets.ISO_8859_1));
    writeU32Le(out, chunk.size());
    long offset = chunk.dataOffset();
    long left = chunk.size();
    if ("VP8X".equals(chunk.fourCc()) && left > 0) {
      out.write(read(in, offset, 1).get(0) & ~VP8X_EXIF_AND_XMP_FLAGS);
      offset++;
      left--;
    }
    while (left > 0) {
      int count = (int) Math.min(COPY_BUFFER, left);
      ByteBuffer part = read(in, offset, count);
      out.write(part.array(), 0, count);
      offset += count;
      left -= count;
    }
    if ((chunk.size() & 1) == 1) {
      out.write(0);
    }
  }

  private static ByteBuffer read(SeekableByteChannel in, long position, int count)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(count).order(ByteOrder.LITTLE_ENDIAN);
    in.position(position);
    while (buffer.hasRemaining()) {
      if (in.read(buffer) < 0) {
        throw new MalformedImageException("the image ends too early");
      }
    }
    return buffer.flip();
  }

  private static void writeU32Le(OutputStream out, long value) throws IOException {
    for (int shift = 0; shift < 32; shift += 8) {
      out.write((int) (value >>> shift) & 0xFF);
    }
  }
}
