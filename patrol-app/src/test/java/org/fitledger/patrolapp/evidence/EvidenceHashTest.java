package org.fitledger.patrolapp.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class EvidenceHashTest {

  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void is_the_lowercase_hex_of_a_sha256_digest() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));

    assertThat(EvidenceHash.of(digest).hex()).isEqualTo(ABC);
  }

  @Test
  void lives_in_a_directory_named_by_its_first_two_digits() {
    assertThat(new EvidenceHash(ABC).relativePath()).isEqualTo(Path.of("ba", ABC));
  }

  @Test
  void parses_only_64_lowercase_hex_digits() {
    assertThat(EvidenceHash.parse(ABC)).contains(new EvidenceHash(ABC));
    assertThat(EvidenceHash.parse(ABC.toUpperCase())).isEmpty();
    assertThat(EvidenceHash.parse(ABC.substring(1))).isEmpty();
    assertThat(EvidenceHash.parse(ABC + "0")).isEmpty();
    assertThat(EvidenceHash.parse("../" + ABC.substring(3))).isEmpty();
    assertThat(EvidenceHash.parse(null)).isEmpty();
  }

  @Test
  void cannot_be_made_of_anything_else() {
    assertThatThrownBy(() -> new EvidenceHash("ab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 lowercase hex");
  }
}
