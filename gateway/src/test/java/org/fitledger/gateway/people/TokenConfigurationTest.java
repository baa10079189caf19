package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.fitledger.gateway.config.ConfigFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenConfigurationTest {
  @TempDir Path dir;

  @Test
  void makes_a_random_256_bit_key_without_a_key_file() {
    assertThat(TokenConfiguration.key("")).hasSize(32).isNotEqualTo(TokenConfiguration.key(""));
  }

  @Test
  void reads_a_base64_key_file() throws Exception {
    Path file = dir.resolve("key");
    Files.writeString(file, Base64.getEncoder().encodeToString(TestPeople.TOKEN_KEY) + "\n");

    assertThat(TokenConfiguration.key(file.toString())).isEqualTo(TestPeople.TOKEN_KEY);
  }

  @Test
  void refuses_a_short_key_naming_the_file() throws Exception {
    Path file = dir.resolve("key");
    Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));

    assertThatThrownBy(() -> TokenConfiguration.key(file.toString()))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("16 bytes");
  }
}
