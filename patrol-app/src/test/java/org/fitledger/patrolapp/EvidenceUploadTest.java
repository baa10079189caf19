package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.patrolapp.EvidenceApp.CONTRACTOR;
import static org.fitledger.patrolapp.EvidenceApp.INSPECTOR;
import static org.fitledger.patrolapp.EvidenceApp.sha256;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.util.Arrays;
import org.fitledger.patrolapp.evidence.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class EvidenceUploadTest {

  private EvidenceApp app;
  private byte[] photo;
  private String hash;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    app = EvidenceApp.start(vertx);
    photo = TestImages.jpegWithExifAndXmp(TestImages.jpeg(64, 48));
    hash = sha256(photo);
  }

  @Test
  void stores_a_new_photo_byte_for_byte_under_its_hash_and_answers_201() throws Exception {
    HttpResponse<Buffer> response = app.put(INSPECTOR, hash, photo);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.bodyAsJsonObject().getString("sha256")).isEqualTo(hash);
    assertThat(response.bodyAsJsonObject().getLong("bytes")).isEqualTo(photo.length);
    assertThat(response.getHeader("Location")).isEqualTo("/evidence/" + hash);
    assertThat(response.getHeader("ETag")).isEqualTo("\"" + hash + "\"");
    assertThat(Files.readAllBytes(app.stored(hash))).isEqualTo(photo);
    assertThat(app.tempFiles()).isEmpty();
  }

  @Test
  void answers_200_to_the_same_photo_again_and_keeps_one_copy() throws Exception {
    app.put(INSPECTOR, hash, photo);

    HttpResponse<Buffer> again = app.put(CONTRACTOR, hash, photo);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(app.photos()).containsExactly(app.stored(hash));
    assertThat(Files.readAllBytes(app.stored(hash))).isEqualTo(photo);
    assertThat(app.tempFiles()).isEmpty();
  }

  @Test
  void stores_one_photo_sent_several_times_at_once() throws Exception {
    var sends =
        Arrays.asList(
            app.putting(INSPECTOR, hash, photo, "image/jpeg"),
            app.putting(INSPECTOR, hash, photo, "image/jpeg"),
            app.putting(CONTRACTOR, hash, photo, "image/jpeg"),
            app.putting(CONTRACTOR, hash, photo, "image/jpeg"));

    Future.all(sends).await(10, SECONDS);

    assertThat(sends)
        .extracting(send -> send.result().statusCode())
        .allMatch(status -> status == 200 || status == 201)
        .contains(201);
    assertThat(app.photos()).containsExactly(app.stored(hash));
    assertThat(Files.readAllBytes(app.stored(hash))).isEqualTo(photo);
    assertThat(app.tempFiles()).isEmpty();
  }

  @Test
  void stores_a_png_sent_in_chunks_without_a_content_length(Vertx vertx) throws Exception {
    byte[] png = TestImages.png(40, 40);
    HttpClient client = vertx.createHttpClient();
    HttpClientRequest request =
        client
            .request(
                new RequestOptions()
                    .setMethod(HttpMethod.PUT)
                    .setHost("127.0.0.1")
                    .setPort(app.port)
                    .setURI("/evidence/" + sha256(png))
                    .putHeader("Authorization", "Bearer " + CONTRACTOR))
            .await(5, SECONDS);
    request.setChunked(true);
    for (int from = 0; from < png.length; from += 1000) {
      request.write(
          Buffer.buffer(Arrays.copyOfRange(png, from, Math.min(png.length, from + 1000))));
    }
    request.end();

    HttpClientResponse response = request.response().await(5, SECONDS);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(Files.readAllBytes(app.stored(sha256(png)))).isEqualTo(png);
  }
}
