package org.fitledger.patrolapp.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;

/**
 * Copies a photo without the metadata that can tell where and with what it was taken: Exif (with
 * its GPS tags) and XMP, and PNG's text chunks. The pixels and everything else pass unchanged, byte
 * for byte; anything after the image's end marker is left out.
 *
 * <pre>{@code
 * try (SeekableByteChannel in = Files.newByteChannel(stored)) {
 *   ImageType type = MetadataStripper.strip(in, response);
 * }
 * }</pre>
 */
final class MetadataStripper {

  private MetadataStripper() {}

  /**
   * Writes {@code image}, read from its start, to {@code out} without metadata.
   *
   * @return the image's type
   * @throws MalformedImageException if the image is not one of the {@link ImageType}s or its
   *     structure cannot be followed; {@code out} may then hold part of it
   */
  public static ImageType strip(SeekableByteChannel image, OutputStream out) throws IOException {
    image.position(0);
    ImageType type = ImageType.sniff(head(image)).orElseThrow(() -> unknownType());
    image.position(0);
    switch (type) {
      case JPEG -> JpegStripper.strip(new ImageInput(buffered(image)), out);
      case PNG -> PngStripper.strip(new ImageInput(buffered(image)), out);
      case WEBP -> WebpStripper.strip(image, out);
    }
    out.flush();
    return type;
  }

  private static byte[] head(SeekableByteChannel image) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(ImageType.MAGIC_LENGTH);
    while (head.hasRemaining() && image.read(head) >= 0) {
      // read until full or at the end
    }
    byte[] bytes = new byte[head.position()];
    head.flip().get(bytes);
    return bytes;
  }

  // Not closed here: closing it would close the caller's channel.
  private static InputStream buffered(SeekableByteChannel image) {
    return new BufferedInputStream(Channels.newInputStream(image), 64 * 1024);
  }

  private static MalformedImageException unknownType() {
    return new MalformedImageException("neither JPEG, PNG nor WebP");
  }
}
