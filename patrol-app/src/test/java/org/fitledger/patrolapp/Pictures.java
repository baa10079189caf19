package org.fitledger.patrolapp;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.fitledger.patrolapp.evidence.TestImages;

/** Pictures the browser tests hand to the field app: phone photos and a camera showing a QR tag. */
final class Pictures {

  private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

  private Pictures() {}

  /**
   * A JPEG photo as a phone takes it: an EXIF block with a GPS position (and XMP) right after the
   * start-of-image marker. The seed makes each photo's pixels, and so its hash, different.
   */
  static byte[] photoWithGps(int seed) throws IOException {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x20, 0x60 + seed % 0x90, 0x30));
    g.fillRect(0, 0, 800, 600);
    g.setColor(Color.WHITE);
    g.fillRect(100 + seed % 500, 100, 120, 300);
    g.drawString("FitLedger photo " + seed, 20, 30);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", jpeg);
    return TestImages.jpegWithExifAndXmp(jpeg.toByteArray());
  }

  /** Whether the bytes carry an EXIF block (the "Exif\0\0" header of an APP1 segment). */
  static boolean hasExif(byte[] bytes) {
    outer:
    for (int i = 0; i + EXIF_HEADER.length <= bytes.length; i++) {
      for (int j = 0; j < EXIF_HEADER.length; j++) {
        if (bytes[i + j] != EXIF_HEADER[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * A Y4M video (what Chromium's fake camera plays) of a QR tag holding {@code text}, centred on a
   * white background.
   */
  static Path cameraShowingQr(String text, Path file) throws Exception {
    int width = 640;
    int height = 480;
    BitMatrix code = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 360, 360);
    byte[] luma = new byte[width * height];
    int left = (width - code.getWidth()) / 2;
    int top = (height - code.getHeight()) / 2;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int cx = x - left;
        int cy = y - top;
        boolean dark =
            cx >= 0 && cy >= 0 && cx < code.getWidth() && cy < code.getHeight() && code.get(cx, cy);
        luma[y * width + x] = (byte) (dark ? 16 : 235);
      }
    }
    byte[] chroma = new byte[(width / 2) * (height / 2)];
    Arrays.fill(chroma, (byte) 128);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int frame = 0; frame < 2; frame++) {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(luma);
        out.write(chroma);
        out.write(chroma);
      }
    }
    return file;
  }
}
