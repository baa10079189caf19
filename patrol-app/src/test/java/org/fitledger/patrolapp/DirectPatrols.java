package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's reference: patrols of one inspection with one photo each, sent straight to the
 * patrol app's API (photo PUT, then patrol POST) by a few concurrent clients, as inspector1.
 */
final class DirectPatrols {

  private DirectPatrols() {}

  /** Sends {@code count} patrols with {@code clients} threads and returns the seconds taken. */
  static double send(StackSettings stack, List<String> pieces, int count, int clients)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String token =
        FieldApp.token(http, stack.gatewayUrl(), "inspector1", stack.password("inspector1"));
    List<byte[]> photos = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      photos.add(Pictures.photoWithGps(5000 + i));
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    sendOne(http, stack, token, pieces.get(i % pieces.size()), photos.get(i));
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void sendOne(
      HttpClient http, StackSettings stack, String token, String piece, byte[] photo)
      throws Exception {
    String hash = FieldApp.sha256(photo);
    HttpResponse<String> put =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.patrolAppUrl() + "/evidence/" + hash))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(photo))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).as("photo: %s", put.body()).isIn(200, 201);
    String id = UUID.randomUUID().toString();
    JsonObject inspection =
        new JsonObject()
            .put("equipmentId", piece)
            .put("level", "ROUTINE")
            .put("condition", "OK")
            .put("checklist", new JsonObject())
            .put("notes", "")
            .put("photoHashes", new JsonArray().add(hash))
            .put(
                "gps",
                new JsonObject()
                    .put("latitude", 31.3001)
                    .put("longitude", 121.4)
                    .put("accuracyMeters", 8))
            .put("observedAt", Instant.now().toString());
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.patrolAppUrl() + "/api/v1/patrols"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        new JsonObject()
                            .put("id", id)
                            .put("inspections", new JsonArray().add(inspection))
                            .encode()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).as("patrol: %s", post.body()).isEqualTo(201);
  }
}
