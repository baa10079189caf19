package org.fitledger.gateway.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.fitledger.gateway.config.ConfigFileException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The token signer: its key comes from the file named by {@code FITLEDGER_TOKEN_KEY_FILE} (base64
 * of at least 32 random bytes, e.g. {@code openssl rand -base64 32}), so that gateways side by side
 * accept each other's tokens; without the file, a random key is made at start-up and tokens end
 * with the process.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

  @Bean
  Tokens tokens(
      @Value("${fitledger.token.key-file:}") String keyFile,
      @Value("${fitledger.token.lifetime:15m}") Duration lifetime) {
    return new Tokens(key(keyFile), lifetime, Clock.systemUTC());
  }

  static byte[] key(String keyFile) {
    if (keyFile == null || keyFile.isBlank()) {
      byte[] key = new byte[Tokens.MIN_KEY_BYTES];
      new SecureRandom().nextBytes(key);
      return key;
    }
    Path file = Path.of(keyFile);
    byte[] key;
    try {
      key = Base64.getMimeDecoder().decode(Files.readString(file).strip());
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigFileException("token key file " + file + ": cannot be read as base64", e);
    }
    if (key.length < Tokens.MIN_KEY_BYTES) {
      throw new ConfigFileException(
          "token key file "
              + file
              + ": holds "
              + key.length
              + " bytes, at least "
              + Tokens.MIN_KEY_BYTES
              + " needed");
    }
    return key;
  }
}
