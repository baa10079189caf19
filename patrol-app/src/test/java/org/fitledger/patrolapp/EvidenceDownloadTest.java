package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.patrolapp.EvidenceApp.CONTRACTOR;
import static org.fitledger.patrolapp.EvidenceApp.INSPECTOR;
import static org.fitledger.patrolapp.EvidenceApp.SUPERVISOR;
import static org.fitledger.patrolapp.EvidenceApp.eventually;
import static org.fitledger.patrolapp.EvidenceApp.sha256;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.fitledger.patrolapp.evidence.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class EvidenceDownloadTest {

  private static final String MISSING = sha256(new byte[] {1, 2, 3});

  private EvidenceApp app;
  private byte[] original;
  private byte[] withExif;
  private String hash;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    app = EvidenceApp.start(vertx);
    original = TestImages.jpeg(64, 48);
    withExif = TestImages.jpegWithExifAndXmp(original);
    hash = sha256(withExif);
    assertThat(app.put(INSPECTOR, hash, withExif).statusCode()).isEqualTo(201);
  }

  @Test
  void serves_a_jpeg_without_its_exif_gps_and_xmp_and_still_decodable() throws Exception {
    HttpResponse<Buffer> response = app.get(SUPERVISOR, hash);

    assertThat(response.statusCode()).isEqualTo(200);
    byte[] served = response.bodyAsBuffer().getBytes();
    assertThat(served).isEqualTo(original);
    assertThat(new String(served, StandardCharsets.ISO_8859_1))
        .doesNotContain("Exif")
        .doesNotContain(TestImages.GPS_MARKER)
        .doesNotContain("xmpmeta");
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served));
    assertThat(decoded.getWidth()).isEqualTo(64);
    assertThat(decoded.getHeight()).isEqualTo(48);
  }

  @Test
  void keeps_the_stored_photo_as_it_was_uploaded() throws Exception {
    app.get(CONTRACTOR, hash);

    assertThat(java.nio.file.Files.readAllBytes(app.stored(hash))).isEqualTo(withExif);
  }

  @Test
  void names_the_type_by_the_magic_bytes_and_caches_privately_for_good() throws Exception {
    byte[] png = TestImages.pngWithExifAndXmp(TestImages.png(20, 10));
    app.put(CONTRACTOR, sha256(png), png, "image/jpeg");

    HttpResponse<Buffer> response = app.get(INSPECTOR, sha256(png));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).isEqualTo("image/png");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("ETag")).isEqualTo("\"" + sha256(png) + "\"");
    assertThat(response.getHeader("Cache-Control"))
        .isEqualTo("private, max-age=31536000, immutable");
    assertThat(new String(response.bodyAsBuffer().getBytes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("eXIf")
        .doesNotContain(TestImages.GPS_MARKER);
  }

  @Test
  void serves_a_webp_without_its_exif_and_xmp_chunks() throws Exception {
    byte[] webp = TestImages.webpWithExifAndXmp();
    assertThat(app.put(CONTRACTOR, sha256(webp), webp, "application/octet-stream").statusCode())
        .isEqualTo(201);

    HttpResponse<Buffer> response = app.get(INSPECTOR, sha256(webp));

    assertThat(response.getHeader("Content-Type")).isEqualTo("image/webp");
    assertThat(response.bodyAsBuffer().getBytes()).isEqualTo(TestImages.webpWithoutMetadata());
  }

  @Test
  void answers_304_to_a_client_that_has_the_photo() throws Exception {
    HttpResponse<Buffer> response = getIfNoneMatch(hash, "\"other\", W/\"" + hash + "\"");

    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.getHeader("ETag")).isEqualTo("\"" + hash + "\"");
    assertThat(response.body()).isNull();
  }

  @Test
  void serves_the_photo_to_a_client_that_has_another() throws Exception {
    assertThat(getIfNoneMatch(hash, "\"" + MISSING + "\"").statusCode()).isEqualTo(200);
  }

  @Test
  void answers_404_not_304_for_a_photo_it_does_not_have() throws Exception {
    assertThat(getIfNoneMatch(MISSING, "\"" + MISSING + "\"").statusCode()).isEqualTo(404);
  }

  @Test
  void answers_404_for_a_photo_it_does_not_have() throws Exception {
    HttpResponse<Buffer> response = app.get(INSPECTOR, MISSING);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("EVIDENCE_NOT_FOUND");
  }

  @Test
  void tells_by_head_whether_it_has_a_photo() throws Exception {
    HttpResponse<Buffer> present = app.head(INSPECTOR, hash);
    HttpResponse<Buffer> absent = app.head(INSPECTOR, MISSING);

    assertThat(present.statusCode()).isEqualTo(200);
    assertThat(present.getHeader("ETag")).isEqualTo("\"" + hash + "\"");
    assertThat(present.body()).isNull();
    assertThat(absent.statusCode()).isEqualTo(404);
  }

  private HttpResponse<Buffer> getIfNoneMatch(String photo, String tags) throws Exception {
    return EvidenceApp.authorized(app.client.get("/evidence/" + photo), SUPERVISOR)
        .putHeader("If-None-Match", tags)
        .send()
        .await(5, SECONDS);
  }

  @Test
  void deletes_the_stripped_copy_once_it_is_sent() throws Exception {
    app.get(INSPECTOR, hash);
    app.get(INSPECTOR, hash);

    eventually("the served copies are deleted", () -> app.tempFiles().isEmpty());
    assertThat(app.photos()).containsExactly(app.stored(hash));
  }
}
