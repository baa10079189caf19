package org.fitledger.gateway.open311;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Whether the photos a filing names are in FitLedger's evidence store, the patrol app's at {@code
 * fitledger.open311.evidence-url}: before anything is recorded, each is asked for with {@code HEAD
 * /resident/evidence/<sha256>}, which needs no sign-in. A report names only photos the store holds,
 * uploaded first with {@code PUT /resident/evidence/<sha256>}, so that the hash on the ledger is
 * always of a photo someone can see. Without an evidence store no photo is taken.
 *
 * <pre>{@code
 * photos.requireStored(List.of("9f86d081…")); // or Open311Exception 400, or 503
 * }</pre>
 */
@Component
class EvidencePhotos {
  /** How long the evidence store has to answer. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final String base;
  private final HttpClient http;

  EvidencePhotos(@Value("${fitledger.open311.evidence-url:}") String base) {
    String trimmed = base.strip();
    this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    if (!this.base.isEmpty() && !this.base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
      throw new IllegalArgumentException(
          "fitledger.open311.evidence-url must be an http(s) URL, got " + base);
    }
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /**
   * Passes if the evidence store holds every photo, each a SHA-256 in lower-case hex.
   *
   * @throws Open311Exception 400 for a photo the store does not hold, or when there is no store;
   *     503 when the store does not answer whether it holds one
   */
  void requireStored(List<String> photos) {
    for (String photo : photos) {
      if (base.isEmpty()) {
        throw Open311Exception.badRequest(
            "this FitLedger keeps no photos; file the request without media_url");
      }
      int status = status(photo);
      if (status == 404) {
        throw Open311Exception.badRequest(
            "media_url names photo "
                + photo
                + ", which FitLedger's evidence store does not hold; upload it first with PUT"
                + " …/resident/evidence/<sha256>");
      }
      if (status != 200) {
        throw unavailable("answered " + status);
      }
    }
  }

  private int status(String photo) {
    if (!photo.matches("[0-9a-f]{64}")) {
      throw Open311Exception.badRequest(
          "a photo is named by its SHA-256, 64 lower-case hex digits");
    }
    HttpRequest head =
        HttpRequest.newBuilder(URI.create(base + "/resident/evidence/" + photo))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .timeout(TIMEOUT)
            .build();
    try {
      return http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw unavailable("did not answer: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("was not asked: interrupted");
    }
  }

  private static Open311Exception unavailable(String why) {
    return new Open311Exception(
        HttpStatus.SERVICE_UNAVAILABLE,
        "the evidence store could not confirm the photo ("
            + why
            + "); nothing was recorded, try again later");
  }
}
