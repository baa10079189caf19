package org.fitledger.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
  private static volatile long sink;

  private static void spin(long nanos) {
    long until = System.nanoTime() + nanos;
    long x = 1;
    while (System.nanoTime() < until) {
      for (int i = 0; i < 10_000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
    }
    sink = x;
  }

  @Test
  void a_recording_is_summarised_by_library_and_by_hottest_method(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("busy.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      spin(Duration.ofMillis(800).toNanos());
      recording.stop();
      recording.dump(file);
    }

    String summary = Profiles.javaSummary("busy", file);

    assertThat(summary).containsPattern("busy \\(JFR, [1-9][0-9]* samples\\)");
    assertThat(summary).contains("by library: FitLedger");
    assertThat(summary).contains("org.fitledger.gateway.bench.ProfilesTest.spin");
  }

  @Test
  void a_missing_recording_says_so() {
    assertThat(Profiles.javaSummary("gone", Path.of("no-such.jfr")))
        .contains("gone: no Java profile");
  }

  @Test
  void names_the_library_of_a_type_by_its_package() {
    assertThat(Profiles.libraryOf("org.fitledger.chaincode.patrol.PatrolService"))
        .isEqualTo("FitLedger");
    assertThat(Profiles.libraryOf("io.netty.buffer.PooledByteBuf")).isEqualTo("gRPC/Netty");
    assertThat(Profiles.libraryOf("tools.jackson.databind.ObjectMapper")).isEqualTo("JSON");
    assertThat(Profiles.libraryOf("org.postgresql.core.v3.QueryExecutorImpl"))
        .isEqualTo("PostgreSQL JDBC");
    assertThat(Profiles.libraryOf("com.example.Unknown")).isEqualTo("other");
  }
}
