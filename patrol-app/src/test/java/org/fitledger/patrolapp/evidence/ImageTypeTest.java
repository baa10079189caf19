package org.fitledger.patrolapp.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.patrolapp.evidence.TestImages.ascii;

import org.junit.jupiter.api.Test;

class ImageTypeTest {

  @Test
  void recognises_jpeg_png_and_webp_by_their_first_bytes() throws Exception {
    assertThat(ImageType.sniff(TestImages.jpeg(8, 8))).contains(ImageType.JPEG);
    assertThat(ImageType.sniff(TestImages.png(8, 8))).contains(ImageType.PNG);
    assertThat(ImageType.sniff(TestImages.webpWithExifAndXmp())).contains(ImageType.WEBP);
  }

  @Test
  void recognises_nothing_else() {
    assertThat(ImageType.sniff(ascii("GIF89a......"))).isEmpty();
    assertThat(ImageType.sniff(ascii("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
    assertThat(ImageType.sniff(ascii("<svg xmlns='http://www.w3.org/2000/svg'>"))).isEmpty();
    assertThat(ImageType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(ImageType.sniff(new byte[0])).isEmpty();
  }

  @Test
  void names_the_media_type_to_answer_with() {
    assertThat(ImageType.JPEG.mediaType()).isEqualTo("image/jpeg");
    assertThat(ImageType.PNG.mediaType()).isEqualTo("image/png");
    assertThat(ImageType.WEBP.mediaType()).isEqualTo("image/webp");
  }
}
