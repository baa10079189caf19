package org.fitledger.gateway.report;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fitledger.gateway.config.Timers;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Purges reporters' contacts on its own: every {@code fitledger.contacts.purge-every}, the contact
 * of each report closed for longer than {@code fitledger.contacts.retention} (30 days unless set)
 * is purged from the Authority's private data collection as the intake identity, which the
 * chaincode lets purge only closed reports, and its key destroyed ({@link ContactVault#shred}). A
 * purge that fails is tried again at the next round.
 */
@Component
@ConditionalOnWebApplication
class ContactPurger implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(ContactPurger.class);
  private static final int BATCH = 100;

  private final ReportRepository reports;
  private final LedgerPort ledger;
  private final People people;
  private final ContactVault vault;
  private final Duration retention;
  private final Duration every;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService timer = Timers.daemon("contact-purger");

  ContactPurger(
      ReportRepository reports,
      LedgerPort ledger,
      People people,
      ContactVault vault,
      @Value("${fitledger.contacts.retention:P30D}") Duration retention,
      @Value("${fitledger.contacts.purge-every:PT10M}") Duration every) {
    this.reports = reports;
    this.ledger = ledger;
    this.people = people;
    this.vault = vault;
    this.retention = retention;
    this.every = every;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (people.withRole(Role.INTAKE.attribute()).isEmpty()) {
      log.info("no intake identity among the people; reporters' contacts are purged by hand only");
      return;
    }
    timer.scheduleWithFixedDelay(this::purgeDue, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Purges the contacts now due; answers how many were purged. */
  int purgeDue() {
    Person intake = people.withRole(Role.INTAKE.attribute()).orElseThrow();
    int purged = 0;
    try {
      List<String> due = reports.purgeable(retention, clock.instant(), BATCH);
      for (String reportId : due) {
        Submitted done = ledger.submit(intake, Transactions.PURGE_REPORT_CONTACT, reportId);
        vault.shred(reportId);
        reports.purged(reportId, done.txId(), clock.instant());
        purged++;
      }
    } catch (LedgerException | DataAccessException e) {
      log.warn(
          "purging reporters' contacts stopped after {}; trying again in {}", purged, every, e);
    }
    if (purged > 0) {
      log.info("purged the contacts of {} closed reports", purged);
    }
    return purged;
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
