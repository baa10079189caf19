package org.fitledger.gateway.notify;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fitledger.gateway.config.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox, at least once. Every {@code fitledger.notify.poll-interval} (and at once
 * again while it finds full batches) it claims up to {@code batch-size} due rows under a lease of
 * {@code lease} in a short transaction of their own ({@code for update skip locked}, so gateways
 * side by side never claim the same row at once), delivers each over its channel to the recipient's
 * current address, and marks it SENT, schedules it again ({@link RetrySchedule}) or, after the last
 * attempt or a permanent refusal, marks it FAILED with the reason. A sender killed between
 * delivering and marking leaves the row leased: once the lease runs out any sender delivers it
 * again, under the same delivery id. Runs in the API gateway when {@code fitledger.notify.enabled}
 * is true; indexers only write the outbox.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "fitledger.notify.enabled", havingValue = "true")
class NotificationSender implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

  private final OutboxRepository outbox;
  private final PreferencesRepository preferences;
  private final NotifySettings settings;
  private final RetrySchedule retries;
  private final Map<Channel, Delivery.Courier> couriers = new EnumMap<>(Channel.class);
  private final String owner =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  private final ScheduledExecutorService timer = Timers.daemon("notification-sender");

  NotificationSender(
      OutboxRepository outbox, PreferencesRepository preferences, NotifySettings settings) {
    this.outbox = outbox;
    this.preferences = preferences;
    this.settings = settings;
    this.retries = new RetrySchedule(settings.maxAttempts());
    if (settings.smtp().configured()) {
      couriers.put(Channel.EMAIL, new EmailChannel(settings.smtp()));
    }
    couriers.put(Channel.WEBHOOK, new WebhookChannel(settings.webhook(), Clock.systemUTC()));
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    log.info(
        "sending notifications over {} as {} (poll {}, lease {}, {} attempts; {})",
        couriers.keySet(),
        owner,
        settings.pollInterval(),
        settings.lease(),
        settings.maxAttempts(),
        settings.smtp().configured() ? settings.smtp() : "no SMTP host: e-mails wait");
    timer.scheduleWithFixedDelay(
        this::drain, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Delivers what is due, batch after batch, until a batch is not full; answers how many. */
  int drain() {
    int done = 0;
    try {
      while (true) {
        List<OutboxRepository.Claimed> claimed =
            outbox.claim(couriers.keySet(), settings.batchSize(), settings.lease(), owner);
        claimed.forEach(this::deliver);
        done += claimed.size();
        if (claimed.size() < settings.batchSize()) {
          return done;
        }
      }
    } catch (DataAccessException e) {
      log.warn("the outbox cannot be read now; trying again in {}", settings.pollInterval(), e);
    } catch (RuntimeException e) {
      log.error("sending notifications failed; trying again in {}", settings.pollInterval(), e);
    }
    return done;
  }

  private void deliver(OutboxRepository.Claimed row) {
    Optional<Preferences> to = preferences.find(row.recipient());
    Delivery.Result result;
    if (to.isEmpty() || !to.get().kinds().contains(row.notice().kind())) {
      result = Delivery.Result.giveUp("the recipient no longer asks for " + row.notice().kind());
    } else {
      Delivery delivery =
          new Delivery(
              row.id(), row.recipient(), to.get(), row.notice(), Messages.render(row.notice()));
      result = couriers.get(row.channel()).deliver(delivery);
    }
    switch (result.outcome()) {
      case DELIVERED -> outbox.sent(row.id());
      case RETRY -> {
        Optional<Duration> next = retries.after(row.attempts());
        if (next.isPresent()) {
          log.info(
              "delivery {} ({} to {}) failed, attempt {}; again in {}: {}",
              row.id(),
              row.channel(),
              row.recipient(),
              row.attempts(),
              next.get(),
              result.reason());
          outbox.retryAfter(row.id(), owner, next.get(), result.reason());
        } else {
          giveUp(row, "gave up after " + row.attempts() + " attempts: " + result.reason());
        }
      }
      case GIVE_UP -> giveUp(row, result.reason());
    }
  }

  private void giveUp(OutboxRepository.Claimed row, String reason) {
    log.warn(
        "delivery {} ({} of {} to {}) FAILED: {}",
        row.id(),
        row.channel(),
        row.notice().ticketId(),
        row.recipient(),
        reason);
    outbox.failed(row.id(), owner, reason);
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
