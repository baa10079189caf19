package org.fitledger.gateway.ledger;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the network file named by {@code fitledger.network-file} once, at start-up. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

  @Bean
  NetworkConfig networkConfig(@Value("${fitledger.network-file}") Path file) {
    return NetworkFileReader.read(file);
  }
}
