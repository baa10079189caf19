package org.fitledger.patrolapp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.fitledger.patrolapp.evidence.EvidenceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class EvidenceStoreStartTest {

  private static final URI GATEWAY = URI.create("http://127.0.0.1:9");

  private final Path dir = Path.of("target", "evidence-stores", UUID.randomUUID().toString());

  @Test
  void does_not_start_when_the_store_directory_cannot_be_made(Vertx vertx) throws Exception {
    Files.createDirectories(dir);
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");

    assertThatThrownBy(
            () ->
                vertx
                    .deployVerticle(new PatrolAppVerticle(config(file.resolve("evidence"))))
                    .await(5, SECONDS))
        .hasMessageContaining("a-file");
  }

  @Test
  void removes_uploads_an_earlier_run_left_unfinished_and_keeps_the_photos(Vertx vertx)
      throws Exception {
    Path leftover = Files.createDirectories(dir.resolve("tmp")).resolve("old.part");
    Files.writeString(leftover, "half a photo");
    Path photo = Files.createDirectories(dir.resolve("ab")).resolve("ab" + "0".repeat(62));
    Files.writeString(photo, "a photo");

    vertx.deployVerticle(new PatrolAppVerticle(config(dir))).await(5, SECONDS);

    assertThat(leftover).doesNotExist();
    assertThat(photo).hasContent("a photo");
  }

  private static PatrolAppConfig config(Path store) {
    return new PatrolAppConfig(
        0,
        GATEWAY,
        Duration.ofSeconds(1),
        new EvidenceConfig(store, EvidenceConfig.DEFAULT_MAX_BYTES));
  }
}
