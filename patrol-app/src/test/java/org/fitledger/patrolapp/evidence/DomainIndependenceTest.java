package org.fitledger.patrolapp.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainIndependenceTest {

  // Surefire runs in the module's directory.
  private static final Path SOURCES = Path.of("src/main/java/org/fitledger/patrolapp/evidence");

  private static final List<String> DOMAIN =
      List.of(
          "EvidenceHash",
          "ImageType",
          "MetadataStripper",
          "JpegStripper",
          "PngStripper",
          "WebpStripper",
          "ImageInput",
          "MalformedImageException",
          "AccessCache",
          "EvidenceConfig");

  @Test
  void sniffing_stripping_and_naming_import_no_vertx_type() throws Exception {
    for (String type : DOMAIN) {
      String source = Files.readString(SOURCES.resolve(type + ".java"));

      assertThat(source)
          .as(type)
          .containsAnyOf("class " + type, "enum " + type, "record " + type)
          .doesNotContain("import io.vertx");
    }
  }
}
