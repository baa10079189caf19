package org.fitledger.gateway.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that says what "now" and "the current month" are for the audit. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  @Bean
  Clock auditClock() {
    return Clock.systemUTC();
  }
}
