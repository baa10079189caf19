package org.fitledger.gateway.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * A filing's photos are asked for at the evidence store, without sign-in, before anything is
 * recorded: one it holds passes, one it does not is a 400 in the specification's format, and a
 * store that cannot say is a 503.
 */
class EvidencePhotosTest {
  private static final String HELD = "a".repeat(64);
  private static final String MISSING = "b".repeat(64);
  private static final String BROKEN = "c".repeat(64);

  private final List<String> asked = new CopyOnWriteArrayList<>();
  private HttpServer store;
  private String url;

  @BeforeEach
  void aStore() throws Exception {
    store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    store.createContext(
        "/",
        exchange -> {
          asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          String path = exchange.getRequestURI().getPath();
          int status = path.endsWith("/" + HELD) ? 200 : path.endsWith("/" + BROKEN) ? 500 : 404;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    store.start();
    url = "http://127.0.0.1:" + store.getAddress().getPort() + "/";
  }

  @AfterEach
  void stop() {
    store.stop(0);
  }

  private static HttpStatus refusal(EvidencePhotos photos, String photo) {
    try {
      photos.requireStored(List.of(photo));
    } catch (Open311Exception e) {
      return e.status();
    }
    throw new AssertionError("photo " + photo + " was taken");
  }

  @Test
  void a_photo_the_store_holds_passes_and_is_asked_for_without_sign_in() {
    new EvidencePhotos(url).requireStored(List.of(HELD));

    assertThat(asked).containsExactly("HEAD /resident/evidence/" + HELD);
  }

  @Test
  void a_photo_the_store_does_not_hold_is_refused_as_bad_input() {
    EvidencePhotos photos = new EvidencePhotos(url);

    assertThatThrownBy(() -> photos.requireStored(List.of(HELD, MISSING)))
        .isInstanceOf(Open311Exception.class)
        .hasMessageContaining("photo " + MISSING)
        .hasMessageContaining("does not hold");
    assertThat(refusal(photos, MISSING)).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void a_store_that_cannot_say_makes_the_filing_wait() {
    assertThat(refusal(new EvidencePhotos(url), BROKEN)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    store.stop(0);
    assertThat(refusal(new EvidencePhotos(url), HELD)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
  }

  @Test
  void without_an_evidence_store_no_photo_is_taken_and_a_filing_without_one_passes() {
    EvidencePhotos none = new EvidencePhotos("");

    assertThat(refusal(none, HELD)).isEqualTo(HttpStatus.BAD_REQUEST);
    none.requireStored(List.of());
    assertThat(asked).isEmpty();
  }

  @Test
  void only_lower_case_hashes_are_asked_for_and_only_http_stores_are_configured() {
    assertThat(refusal(new EvidencePhotos(url), "../../etc/passwd"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(asked).isEmpty();
    assertThatThrownBy(() -> new EvidencePhotos("file:///evidence"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
