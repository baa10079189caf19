package org.fitledger.gateway.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The audit's clock in web slice tests: always {@link #NOW}. */
@TestConfiguration(proxyBeanMethods = false)
class FixedAuditClock {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
