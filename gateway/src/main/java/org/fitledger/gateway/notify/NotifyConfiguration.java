package org.fitledger.gateway.notify;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads {@code fitledger.notify.*} (see {@code application.properties}) into {@link
 * NotifySettings}.
 */
@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

  @Bean
  NotifySettings notifySettings(
      @Value("${fitledger.notify.enabled:false}") boolean enabled,
      @Value("${fitledger.notify.poll-interval:PT5S}") Duration pollInterval,
      @Value("${fitledger.notify.batch-size:10}") int batchSize,
      @Value("${fitledger.notify.lease:PT2M}") Duration lease,
      @Value("${fitledger.notify.max-attempts:8}") int maxAttempts,
      @Value("${fitledger.notify.scan-every:PT1M}") Duration scanEvery,
      @Value("${fitledger.notify.smtp.host:}") String smtpHost,
      @Value("${fitledger.notify.smtp.port:25}") int smtpPort,
      @Value("${fitledger.notify.smtp.from:fitledger@localhost}") String smtpFrom,
      @Value("${fitledger.notify.smtp.username:}") String smtpUsername,
      @Value("${fitledger.notify.smtp.password:}") String smtpPassword,
      @Value("${fitledger.notify.smtp.starttls:false}") boolean smtpStartTls,
      @Value("${fitledger.notify.smtp.timeout:PT10S}") Duration smtpTimeout,
      @Value("${fitledger.notify.webhook.timeout:PT10S}") Duration webhookTimeout,
      @Value("${fitledger.notify.webhook.allow-private-addresses:false}") boolean allowPrivate) {
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "fitledger.notify.batch-size and max-attempts must be at least 1");
    }
    return new NotifySettings(
        enabled,
        pollInterval,
        batchSize,
        lease,
        maxAttempts,
        scanEvery,
        new NotifySettings.Smtp(
            smtpHost, smtpPort, smtpFrom, smtpUsername, smtpPassword, smtpStartTls, smtpTimeout),
        new NotifySettings.Webhook(webhookTimeout, allowPrivate));
  }
}
