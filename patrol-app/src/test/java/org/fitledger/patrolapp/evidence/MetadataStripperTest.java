package org.fitledger.patrolapp.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fitledger.patrolapp.evidence.TestImages.GPS_MARKER;
import static org.fitledger.patrolapp.evidence.TestImages.ascii;
import static org.fitledger.patrolapp.evidence.TestImages.concat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MetadataStripperTest {

  @TempDir Path dir;

  @Test
  void removes_exif_with_gps_and_xmp_from_a_jpeg_and_leaves_every_other_byte() throws Exception {
    byte[] original = TestImages.jpeg(64, 48);
    byte[] withExif = TestImages.jpegWithExifAndXmp(original);
    assertThat(app1Markers(withExif)).isEqualTo(2);
    assertThat(contains(withExif, ascii(GPS_MARKER))).isTrue();

    byte[] served = strip(withExif);

    assertThat(served).isEqualTo(original);
    assertThat(app1Markers(served)).isZero();
    assertThat(contains(served, ascii("Exif"))).isFalse();
    assertThat(contains(served, ascii(GPS_MARKER))).isFalse();
    assertThat(contains(served, ascii("xmpmeta"))).isFalse();
    assertThat(decode(served).getWidth()).isEqualTo(64);
  }

  @Test
  void follows_a_progressive_jpeg_through_all_its_scans() throws Exception {
    byte[] original = TestImages.jpeg(40, 40, true);
    assertThat(count(original, new byte[] {(byte) 0xFF, (byte) 0xDA})).isGreaterThan(1);

    byte[] served = strip(TestImages.jpegWithExifAndXmp(original));

    assertThat(served).isEqualTo(original);
    assertThat(decode(served).getHeight()).isEqualTo(40);
  }

  @Test
  void leaves_out_what_follows_the_end_of_a_jpeg() throws Exception {
    byte[] original = TestImages.jpeg(16, 16);

    byte[] served = strip(concat(original, ascii(GPS_MARKER)));

    assertThat(served).isEqualTo(original);
  }

  @Test
  void keeps_an_app1_segment_that_is_neither_exif_nor_xmp() throws Exception {
    byte[] original = TestImages.jpeg(16, 16);
    int afterApp0 = 4 + ((original[4] & 0xFF) << 8 | original[5] & 0xFF);
    byte[] other =
        concat(
            Arrays.copyOf(original, afterApp0),
            TestImages.app1(ascii("SomethingElse\0")),
            Arrays.copyOfRange(original, afterApp0, original.length));

    assertThat(strip(other)).isEqualTo(other);
  }

  @Test
  void removes_exif_xmp_and_text_chunks_from_a_png() throws Exception {
    byte[] original = TestImages.png(32, 24);
    byte[] withExif = TestImages.pngWithExifAndXmp(original);
    assertThat(contains(withExif, ascii("eXIf"))).isTrue();

    byte[] served = strip(withExif);

    assertThat(served).isEqualTo(original);
    assertThat(contains(served, ascii("eXIf"))).isFalse();
    assertThat(contains(served, ascii("iTXt"))).isFalse();
    assertThat(contains(served, ascii(GPS_MARKER))).isFalse();
    assertThat(decode(served).getWidth()).isEqualTo(32);
  }

  @Test
  void removes_exif_and_xmp_chunks_from_a_webp_and_clears_their_flags() throws Exception {
    byte[] withExif = TestImages.webpWithExifAndXmp();
    assertThat(contains(withExif, ascii(GPS_MARKER))).isTrue();
    assertThat(withExif[20] & 0x0C).isEqualTo(0x0C);

    byte[] served = strip(withExif);

    assertThat(served).isEqualTo(TestImages.webpWithoutMetadata());
    assertThat(served[20] & 0x0C).isZero();
    assertThat(contains(served, ascii("EXIF"))).isFalse();
    assertThat(contains(served, ascii("XMP "))).isFalse();
    int riffSize = ByteBuffer.wrap(served, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    assertThat(riffSize).isEqualTo(served.length - 8);
  }

  @Test
  void reports_the_type_it_found() throws Exception {
    assertThat(stripType(TestImages.jpeg(8, 8))).isEqualTo(ImageType.JPEG);
    assertThat(stripType(TestImages.png(8, 8))).isEqualTo(ImageType.PNG);
    assertThat(stripType(TestImages.webpWithExifAndXmp())).isEqualTo(ImageType.WEBP);
  }

  @Test
  void refuses_a_jpeg_cut_short() throws Exception {
    byte[] jpeg = TestImages.jpeg(32, 32);

    assertThatThrownBy(() -> strip(Arrays.copyOf(jpeg, jpeg.length / 2)))
        .isInstanceOf(MalformedImageException.class);
  }

  @Test
  void refuses_a_jpeg_segment_whose_length_runs_past_the_end() throws Exception {
    byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x00, 'E', 'x'};

    assertThatThrownBy(() -> strip(broken)).isInstanceOf(MalformedImageException.class);
  }

  @Test
  void refuses_a_png_without_its_end_chunk() throws Exception {
    byte[] png = TestImages.png(16, 16);

    assertThatThrownBy(() -> strip(Arrays.copyOf(png, png.length - 12)))
        .isInstanceOf(MalformedImageException.class);
  }

  @Test
  void refuses_a_webp_whose_riff_size_is_larger_than_the_file() throws Exception {
    byte[] webp = TestImages.webpWithExifAndXmp();

    assertThatThrownBy(() -> strip(Arrays.copyOf(webp, webp.length - 4)))
        .isInstanceOf(MalformedImageException.class)
        .hasMessageContaining("RIFF size");
  }

  @Test
  void refuses_bytes_of_another_type() {
    assertThatThrownBy(() -> strip(ascii("GIF89a and some more bytes")))
        .isInstanceOf(MalformedImageException.class);
  }

  private byte[] strip(byte[] image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SeekableByteChannel in = channel(image)) {
      MetadataStripper.strip(in, out);
    }
    return out.toByteArray();
  }

  private ImageType stripType(byte[] image) throws IOException {
    try (SeekableByteChannel in = channel(image)) {
      return MetadataStripper.strip(in, ByteArrayOutputStream.nullOutputStream());
    }
  }

  private SeekableByteChannel channel(byte[] image) throws IOException {
    Path file = Files.createTempFile(dir, "image", ".bin");
    Files.write(file, image);
    return Files.newByteChannel(file);
  }

  private static BufferedImage decode(byte[] image) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
    assertThat(decoded).as("ImageIO decodes the served copy").isNotNull();
    return decoded;
  }

  // APP1 segments as ImageIO's own JPEG reader sees them: "unknown" markers with tag 225.
  private static int app1Markers(byte[] jpeg) throws IOException {
    ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      reader.setInput(in);
      IIOMetadata metadata = reader.getImageMetadata(0);
      Element tree = (Element) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
      NodeList unknown = tree.getElementsByTagName("unknown");
      int app1 = 0;
      for (int i = 0; i < unknown.getLength(); i++) {
        if ("225".equals(((Element) unknown.item(i)).getAttribute("MarkerTag"))) {
          app1++;
        }
      }
      return app1;
    } finally {
      reader.dispose();
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    return count(haystack, needle) > 0;
  }

  private static int count(byte[] haystack, byte[] needle) {
    int found = 0;
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        found++;
      }
    }
    return found;
  }
}
