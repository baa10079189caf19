package org.fitledger.patrolapp.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Real photos for tests: JPEG and PNG written by the JDK's ImageIO from noisy pixels, with Exif
 * (GPS tags included) and XMP put in by hand; and a WebP container built byte by byte.
 */
public final class TestImages {

  /** Where the Exif in these photos says they were taken: a string to look for in the bytes. */
  public static final String GPS_MARKER = "GPS:31.2304N,121.4737E";

  static final String XMP =
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><exif:GPSLatitude>31,13.8N"
          + "</exif:GPSLatitude></rdf:RDF></x:xmpmeta>";

  private TestImages() {}

  /** A baseline JPEG of noisy pixels, so that its scan holds stuffed FF 00 bytes. */
  public static byte[] jpeg(int width, int height) throws IOException {
    return jpeg(width, height, false);
  }

  /** A JPEG written with ImageIO, progressive (several scans) if asked. */
  public static byte[] jpeg(int width, int height, boolean progressive) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (progressive) {
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(noise(width, height), null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** A PNG of noisy pixels written with ImageIO. */
  public static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(noise(width, height), "png", bytes);
    return bytes.toByteArray();
  }

  /**
   * The JPEG with an Exif APP1 (GPS IFD included) and an XMP APP1 right after its JFIF APP0, where
   * ImageIO's reader accepts them.
   */
  public static byte[] jpegWithExifAndXmp(byte[] jpeg) {
    byte[] exif = concat(ascii("Exif\0\0"), tiffWithGps());
    byte[] xmp = concat(ascii("http://ns.adobe.com/xap/1.0/\0"), ascii(XMP));
    int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
    return concat(
        slice(jpeg, 0, afterApp0), app1(exif), app1(xmp), slice(jpeg, afterApp0, jpeg.length));
  }

  /** The PNG with {@code eXIf}, XMP {@code iTXt} and {@code tEXt} chunks after its IHDR. */
  public static byte[] pngWithExifAndXmp(byte[] png) {
    int afterIhdr = 8 + 4 + 4 + 13 + 4;
    return concat(
        slice(png, 0, afterIhdr),
        pngChunk("eXIf", tiffWithGps()),
        pngChunk("iTXt", concat(ascii("XML:com.adobe.xmp\0\0\0\0\0"), ascii(XMP))),
        pngChunk("tEXt", ascii("Comment\0" + GPS_MARKER)),
        slice(png, afterIhdr, png.length));
  }

  /**
   * A WebP container: VP8X (with its Exif and XMP flags set), a lossless 1x1 VP8L bitstream, and
   * EXIF (of odd size, so padded) and XMP chunks.
   */
  public static byte[] webpWithExifAndXmp() {
    return webp(true);
  }

  /** The same WebP as {@link #webpWithExifAndXmp()} as it should be served. */
  public static byte[] webpWithoutMetadata() {
    return webp(false);
  }

  private static byte[] webp(boolean withMetadata) {
    byte flags = (byte) (withMetadata ? 0x08 | 0x04 : 0);
    // VP8X: flags, 3 reserved bytes, canvas width-1 and height-1 as 24-bit values.
    byte[] vp8x = {flags, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    byte[] chunks =
        concat(
            riffChunk("VP8X", vp8x),
            riffChunk("VP8L", vp8lOnePixel()),
            withMetadata ? riffChunk("EXIF", concat(tiffWithGps(), new byte[] {0})) : new byte[0],
            withMetadata ? riffChunk("XMP ", ascii(XMP)) : new byte[0],
            new byte[0]);
    ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    header.put(ascii("RIFF")).putInt(4 + chunks.length).put(ascii("WEBP"));
    return concat(header.array(), chunks);
  }

  // Signature 2F; 14 bits width-1, 14 bits height-1, alpha 0, version 0; then no transform, no
  // colour cache, no meta prefix codes and five simple prefix codes of one 8-bit symbol each
  // (green 0x80, red 0xFF, blue 0x00, alpha 0xFF, distance 0), so the one pixel needs no bits.
  private static byte[] vp8lOnePixel() {
    BitWriter bits = new BitWriter();
    bits.write(0, 14).write(0, 14).write(0, 1).write(0, 3);
    bits.write(0, 1).write(0, 1).write(0, 1);
    for (int symbol : new int[] {0x80, 0xFF, 0x00, 0xFF, 0x00}) {
      bits.write(1, 1).write(0, 1).write(1, 1).write(symbol, 8);
    }
    return concat(new byte[] {0x2F}, bits.toBytes());
  }

  /** A big-endian TIFF whose IFD0 points to a GPS IFD with latitude reference and latitude. */
  static byte[] tiffWithGps() {
    ByteBuffer tiff = ByteBuffer.allocate(92 + GPS_MARKER.length()).order(ByteOrder.BIG_ENDIAN);
    tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
    // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) pointing at 26.
    tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
    tiff.putInt(0);
    // GPS IFD at 26: GPSLatitudeRef "N", GPSLatitude (3 RATIONALs at 68) and GPSProcessingMethod
    // (UNDEFINED, the marker text at 92).
    tiff.putShort((short) 3);
    tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
    tiff.putShort((short) 0x1B).putShort((short) 7).putInt(GPS_MARKER.length()).putInt(92);
    tiff.putInt(0);
    tiff.putInt(31).putInt(1).putInt(13).putInt(1).putInt(50).putInt(1);
    tiff.put(ascii(GPS_MARKER));
    return slice(tiff.array(), 0, tiff.position());
  }

  static byte[] app1(byte[] payload) {
    int length = payload.length + 2;
    return concat(
        new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >>> 8), (byte) length}, payload);
  }

  static byte[] pngChunk(String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(ascii(type))
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  static byte[] riffChunk(String fourCc, byte[] data) {
    ByteBuffer chunk =
        ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
    return chunk.put(ascii(fourCc)).putInt(data.length).put(data).array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static BufferedImage noise(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x100_0000));
      }
    }
    return image;
  }

  private static final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    BitWriter write(int value, int count) {
      for (int i = 0; i < count; i++) {
        current |= ((value >>> i) & 1) << used;
        if (++used == 8) {
          out.write(current);
          current = 0;
          used = 0;
        }
      }
      return this;
    }

    byte[] toBytes() {
      if (used > 0) {
        out.write(current);
      }
      return out.toByteArray();
    }
  }
}
