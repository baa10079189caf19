package org.fitledger.gateway.transparency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The licence the open data is published under: {@code fitledger.open-data.license} (CC-BY-4.0 by
 * default) and {@code fitledger.open-data.license-url}.
 */
@Configuration
class OpenDataSettings {
  @Bean
  OpenData.License openDataLicense(
      @Value("${fitledger.open-data.license:CC-BY-4.0}") String name,
      @Value("${fitledger.open-data.license-url:https://creativecommons.org/licenses/by/4.0/}")
          String url) {
    return new OpenData.License(name, url);
  }
}
