package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.patrolapp.EvidenceApp.INSPECTOR;
import static org.fitledger.patrolapp.EvidenceApp.MAX_BYTES;
import static org.fitledger.patrolapp.EvidenceApp.eventually;
import static org.fitledger.patrolapp.EvidenceApp.sha256;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.fitledger.patrolapp.evidence.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class EvidenceRefusalTest {

  private EvidenceApp app;
  private HttpClient http;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    app = EvidenceApp.start(vertx);
    http = vertx.createHttpClient();
  }

  @AfterEach
  void leaves_nothing_behind() throws Exception {
    assertThat(app.tempFiles()).isEmpty();
    assertThat(app.photos()).isEmpty();
  }

  @Test
  void refuses_413_a_photo_whose_content_length_is_over_the_limit() throws Exception {
    byte[] large = jpegOf((int) MAX_BYTES + 1);

    HttpResponse<Buffer> response = app.put(INSPECTOR, sha256(large), large);

    assertError(response, 413, "EVIDENCE_TOO_LARGE");
    assertThat(response.bodyAsJsonObject().getString("message")).contains("65536");
  }

  @Test
  void refuses_413_a_chunked_photo_once_it_passes_the_limit() throws Exception {
    byte[] large = jpegOf((int) MAX_BYTES * 3);
    HttpClientRequest request = chunkedPut(sha256(large));
    Future<Buffer> body = request.response().compose(HttpClientResponse::body);
    for (int from = 0; from < large.length; from += 8192) {
      request.write(Buffer.buffer(Arrays.copyOfRange(large, from, from + 8192)));
    }
    request.end();

    // The body is read as soon as the answer comes, before the client drops it unread.
    HttpClientResponse response = request.response().await(5, SECONDS);
    JsonObject error = body.await(5, SECONDS).toJsonObject();

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(error.getString("code")).isEqualTo("EVIDENCE_TOO_LARGE");
  }

  @Test
  void accepts_a_photo_of_exactly_the_limit_by_size() throws Exception {
    byte[] exact = jpegOf((int) MAX_BYTES);

    HttpResponse<Buffer> response = app.put(INSPECTOR, sha256(exact), exact);

    // Not refused for its size: zeros after a JPEG's first bytes are no JPEG.
    assertError(response, 422, "EVIDENCE_MALFORMED");
  }

  @Test
  void refuses_415_a_gif_even_when_it_says_it_is_a_jpeg() throws Exception {
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000 pixels".getBytes(StandardCharsets.ISO_8859_1);

    HttpResponse<Buffer> response = app.put(INSPECTOR, sha256(gif), gif, "image/jpeg");

    assertError(response, 415, "EVIDENCE_TYPE_NOT_ALLOWED");
  }

  @Test
  void refuses_415_a_body_shorter_than_any_magic() throws Exception {
    byte[] tiny = {(byte) 0xFF, (byte) 0xD8};

    assertError(app.put(INSPECTOR, sha256(tiny), tiny), 415, "EVIDENCE_TYPE_NOT_ALLOWED");
  }

  @Test
  void refuses_422_a_photo_whose_hash_is_not_the_one_named() throws Exception {
    byte[] photo = TestImages.jpeg(32, 32);
    byte[] other = TestImages.png(8, 8);

    HttpResponse<Buffer> response = app.put(INSPECTOR, sha256(other), photo);

    assertError(response, 422, "EVIDENCE_HASH_MISMATCH");
    assertThat(response.bodyAsJsonObject().getString("message")).contains(sha256(photo));
  }

  @Test
  void refuses_422_a_jpeg_that_ends_in_the_middle() throws Exception {
    byte[] jpeg = TestImages.jpeg(32, 32);
    byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);

    assertError(app.put(INSPECTOR, sha256(cut), cut), 422, "EVIDENCE_MALFORMED");
  }

  @Test
  void refuses_400_a_name_that_is_not_a_lowercase_sha256() throws Exception {
    byte[] photo = TestImages.jpeg(8, 8);

    assertError(
        app.put(INSPECTOR, sha256(photo).toUpperCase(), photo), 400, "INVALID_EVIDENCE_HASH");
    assertError(app.put(INSPECTOR, "photo.jpg", photo), 400, "INVALID_EVIDENCE_HASH");
  }

  @Test
  void deletes_the_partial_upload_when_the_client_goes_away() throws Exception {
    byte[] photo = TestImages.jpeg(64, 64);
    HttpClientRequest request = chunkedPut(sha256(photo));
    request.exceptionHandler(expectedWhenClosing -> {});
    request.write(Buffer.buffer(Arrays.copyOf(photo, 4096))).await(5, SECONDS);
    eventually("the upload's temporary file appears", () -> app.tempFiles().size() == 1);

    request.connection().close().await(5, SECONDS);

    eventually("the temporary file is deleted", () -> app.tempFiles().isEmpty());
  }

  private HttpClientRequest chunkedPut(String hash) throws Exception {
    HttpClientRequest request =
        http.request(
                new RequestOptions()
                    .setMethod(HttpMethod.PUT)
                    .setHost("127.0.0.1")
                    .setPort(app.port)
                    .setURI("/evidence/" + hash)
                    .putHeader("Authorization", "Bearer " + INSPECTOR))
            .await(5, SECONDS);
    return request.setChunked(true);
  }

  private static byte[] jpegOf(int size) {
    byte[] bytes = new byte[size];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    return bytes;
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo(code);
    assertThat(response.bodyAsJsonObject().getString("message")).isNotBlank();
  }
}
