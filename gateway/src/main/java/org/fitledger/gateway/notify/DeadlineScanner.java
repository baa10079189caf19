package org.fitledger.gateway.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fitledger.gateway.config.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The time-driven notifications: every {@code fitledger.notify.scan-every} it finds the tickets
 * whose next deadline is 80% gone or missed ({@link DeadlineAlert}) and writes one outbox row per
 * ticket, step, alert, deadline, recipient and channel; the row's id is fixed by those, so a scan
 * repeated, or run by several gateways at once, adds nothing ({@code on conflict do nothing}). A
 * deadline missed longer ago than {@code fitledger.notify.max-age} is not announced any more.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "fitledger.notify.enabled", havingValue = "true")
class DeadlineScanner implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

  private final DeadlineRepository deadlines;
  private final Outbox outbox;
  private final NotifySettings settings;
  private final Duration maxAge;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService timer = Timers.daemon("deadline-scanner");

  DeadlineScanner(
      DeadlineRepository deadlines,
      Outbox outbox,
      NotifySettings settings,
      @Value("${fitledger.notify.max-age:P2D}") Duration maxAge) {
    this.deadlines = deadlines;
    this.outbox = outbox;
    this.settings = settings;
    this.maxAge = maxAge;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    timer.scheduleWithFixedDelay(
        this::scan, 0, settings.scanEvery().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Writes the alerts due now; answers how many rows were new. */
  int scan() {
    Instant now = clock.instant();
    int written = 0;
    try {
      for (DeadlineRepository.Waiting waiting : deadlines.near(now, maxAge)) {
        Optional<DeadlineAlert> alert = DeadlineAlert.at(waiting.opened(), waiting.due(), now);
        if (alert.isEmpty()) {
          continue;
        }
        Notice base = waiting.notice();
        Notice notice =
            new Notice(
                alert.get().kind(),
                base.ticketId(),
                base.equipmentId(),
                base.site(),
                base.districtPath(),
                base.severity(),
                base.category(),
                base.company(),
                base.step(),
                base.due(),
                alert.get().threshold().toString());
        String key =
            "deadline:"
                + base.ticketId()
                + ":"
                + base.step()
                + ":"
                + alert.get().kind()
                + ":"
                + waiting.due();
        written += outbox.write(key, notice);
      }
    } catch (DataAccessException e) {
      log.warn("scanning deadlines failed; trying again in {}", settings.scanEvery(), e);
    } catch (RuntimeException e) {
      log.error("scanning deadlines failed; trying again in {}", settings.scanEvery(), e);
    }
    if (written > 0) {
      log.info("{} deadline notifications written", written);
    }
    return written;
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
