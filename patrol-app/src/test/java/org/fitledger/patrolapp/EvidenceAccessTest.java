package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.patrolapp.EvidenceApp.CONTRACTOR;
import static org.fitledger.patrolapp.EvidenceApp.INSPECTOR;
import static org.fitledger.patrolapp.EvidenceApp.SUPERVISOR;
import static org.fitledger.patrolapp.EvidenceApp.sha256;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import org.fitledger.patrolapp.evidence.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class EvidenceAccessTest {

  private EvidenceApp app;
  private byte[] photo;
  private String hash;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    app = EvidenceApp.start(vertx);
    photo = TestImages.jpeg(32, 32);
    hash = sha256(photo);
  }

  @Test
  void refuses_401_without_credentials_and_does_not_ask_the_gateway() throws Exception {
    assertError(app.put(null, hash, photo), 401, "UNAUTHENTICATED");
    assertError(app.get(null, hash), 401, "UNAUTHENTICATED");
    assertThat(app.head(null, hash).statusCode()).isEqualTo(401);

    assertThat(app.meCalls()).isZero();
    assertThat(app.photos()).isEmpty();
  }

  @Test
  void refuses_401_credentials_the_gateway_does_not_know() throws Exception {
    assertError(app.put("forged-token", hash, photo), 401, "UNAUTHENTICATED");

    FakeGateway.Received asked = app.gateway.received().get(0);
    assertThat(asked.uri()).isEqualTo("/api/v1/me");
    assertThat(asked.headers().get("Authorization")).isEqualTo("Bearer forged-token");
    assertThat(app.photos()).isEmpty();
  }

  @Test
  void lets_inspectors_and_contractors_upload() throws Exception {
    byte[] repairPhoto = TestImages.png(16, 16);

    assertThat(app.put(INSPECTOR, hash, photo).statusCode()).isEqualTo(201);
    assertThat(app.put(CONTRACTOR, sha256(repairPhoto), repairPhoto).statusCode()).isEqualTo(201);
  }

  @Test
  void refuses_403_an_upload_by_a_supervisor_who_may_still_read() throws Exception {
    app.put(INSPECTOR, hash, photo);
    byte[] own = TestImages.png(16, 16);

    assertError(app.put(SUPERVISOR, sha256(own), own), 403, "ACCESS_DENIED");
    assertThat(app.get(SUPERVISOR, hash).statusCode()).isEqualTo(200);
    assertThat(app.head(SUPERVISOR, hash).statusCode()).isEqualTo(200);
    assertThat(app.photos()).containsExactly(app.stored(hash));
  }

  @Test
  void asks_the_gateway_once_for_the_six_photos_of_an_inspection() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      byte[] each = TestImages.jpeg(8 + i, 8);
      statuses.add(app.put(INSPECTOR, sha256(each), each).statusCode());
    }

    assertThat(statuses).containsOnly(201).hasSize(6);
    assertThat(app.meCalls()).isEqualTo(1);
  }

  @Test
  void asks_again_after_a_refusal_instead_of_remembering_it() throws Exception {
    app.put("forged-token", hash, photo);
    app.put("forged-token", hash, photo);

    assertThat(app.meCalls()).isEqualTo(2);
  }

  @Test
  void answers_502_when_the_gateway_cannot_be_reached(Vertx vertx) throws Exception {
    EvidenceApp cut = EvidenceApp.start(vertx, null, FakeGateway.unreachable(vertx));

    HttpResponse<Buffer> response =
        cut.client
            .put("/evidence/" + hash)
            .putHeader("Authorization", "Bearer " + INSPECTOR)
            .sendBuffer(Buffer.buffer(photo))
            .await(5, SECONDS);

    assertError(response, 502, "GATEWAY_UNREACHABLE");
    assertThat(cut.photos()).isEmpty();
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo(code);
  }
}
