package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's SQL on the stack's real PostgreSQL, in a schema of its own: a notification written
 * twice is one row; senders side by side never claim the same row, and a row whose lease ran out
 * (its sender killed) is claimed again, counting another attempt; a retry waits; a failed row stays
 * with its reason; the scanner finds the deadlines 80% gone or missed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationOutboxIT {
  private final String schema = "notify_it_" + UUID.randomUUID().toString().replace("-", "");
  private PGSimpleDataSource dataSource;
  private JdbcClient jdbc;
  private OutboxRepository outbox;

  @BeforeAll
  void migrateASchemaOfItsOwn() {
    dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getenv("FITLEDGER_TEST_DB_URL"));
    dataSource.setUser(System.getenv("FITLEDGER_TEST_DB_USER"));
    dataSource.setPassword(System.getenv("FITLEDGER_TEST_DB_PASSWORD"));
    Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
    dataSource.setCurrentSchema(schema);
    jdbc = JdbcClient.create(dataSource);
    outbox = new OutboxRepository(jdbc);
  }

  @AfterAll
  void dropTheSchema() {
    jdbc.sql("drop schema " + schema + " cascade").update();
  }

  private static Notice notice(String ticket) {
    return new Notice(
        NotificationKind.ASSIGNED,
        ticket,
        "EQ-1",
        "park",
        "SH/PD",
        "MAJOR",
        "MECHANICAL",
        "GREENFIX",
        "acknowledge",
        "2026-11-22T10:00:00Z",
        "2026-11-21T10:00:00Z");
  }

  private List<OutboxRow> rows(String ticket) {
    return OutboxRow.rows(
        "ticket:" + ticket + ":step:0",
        notice(ticket),
        List.of("contractor1"),
        Map.of(
            "contractor1",
            new Preferences(
                "c1@example.com",
                "https://example.com/h",
                "s",
                Set.of(NotificationKind.ASSIGNED))));
  }

  private List<OutboxRepository.Claimed> claimAll(String owner, Duration lease) {
    return outbox.claim(Set.of(Channel.EMAIL, Channel.WEBHOOK), 1000, lease, owner);
  }

  @Test
  void a_notification_written_twice_is_one_row_per_channel() {
    String ticket = "T-" + UUID.randomUUID();
    assertThat(outbox.insert(rows(ticket))).isEqualTo(2);
    assertThat(outbox.insert(rows(ticket))).isZero();
    assertThat(
            jdbc.sql("select count(*) from notification_outbox where ticket_id = ?")
                .param(ticket)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void senders_side_by_side_claim_disjoint_rows_and_an_expired_lease_is_claimed_again()
      throws Exception {
    claimAll("drain", Duration.ofHours(1)); // rows of the other tests are not this test's
    Set<UUID> written = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      List<OutboxRow> rows = rows("T-" + UUID.randomUUID());
      outbox.insert(rows);
      rows.forEach(r -> written.add(r.id()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<List<OutboxRepository.Claimed>>> claims = new ArrayList<>();
    for (int sender = 0; sender < 3; sender++) {
      String owner = "sender-" + sender;
      Callable<List<OutboxRepository.Claimed>> claim =
          () ->
              outbox.claim(
                  Set.of(Channel.EMAIL, Channel.WEBHOOK), 25, Duration.ofMillis(300), owner);
      claims.add(pool.submit(claim));
    }
    List<UUID> claimed = new ArrayList<>();
    for (Future<List<OutboxRepository.Claimed>> claim : claims) {
      claim.get().forEach(c -> claimed.add(c.id()));
    }
    pool.shutdown();
    assertThat(claimed).doesNotHaveDuplicates();
    assertThat(new HashSet<>(claimed)).isEqualTo(written);
    assertThat(claimAll("sender-x", Duration.ofMinutes(1))).as("rows under a live lease").isEmpty();

    Thread.sleep(400); // the leases of 300 ms have run out: as if every sender had been killed
    List<OutboxRepository.Claimed> again = claimAll("sender-y", Duration.ofMinutes(1));
    assertThat(again)
        .extracting(OutboxRepository.Claimed::id)
        .containsExactlyInAnyOrderElementsOf(written);
    assertThat(again).allSatisfy(c -> assertThat(c.attempts()).isEqualTo(2));
    again.forEach(c -> outbox.sent(c.id()));
    assertThat(claimAll("sender-z", Duration.ofMillis(1))).isEmpty();
  }

  @Test
  void a_retry_waits_its_time_and_a_failed_row_stays_with_its_reason() {
    claimAll("drain", Duration.ofHours(1));
    String ticket = "T-" + UUID.randomUUID();
    outbox.insert(rows(ticket));
    List<OutboxRepository.Claimed> claimed = claimAll("me", Duration.ofMinutes(1));
    assertThat(claimed).hasSize(2);
    OutboxRepository.Claimed first = claimed.get(0);
    OutboxRepository.Claimed second = claimed.get(1);
    outbox.retryAfter(first.id(), "someone else", Duration.ZERO, "not mine to retry");
    outbox.retryAfter(first.id(), "me", Duration.ofHours(1), "HTTP 503");
    outbox.failed(second.id(), "me", "gave up after 8 attempts: HTTP 410\u0000");
    assertThat(claimAll("me", Duration.ofMinutes(1))).isEmpty();
    List<OutboxRepository.DeliveryStatus> recent = outbox.recent("contractor1", 1000);
    OutboxRepository.DeliveryStatus retried =
        recent.stream().filter(d -> d.id().equals(first.id())).findFirst().orElseThrow();
    OutboxRepository.DeliveryStatus failed =
        recent.stream().filter(d -> d.id().equals(second.id())).findFirst().orElseThrow();
    assertThat(retried.status()).isEqualTo("PENDING");
    assertThat(retried.lastError()).isEqualTo("HTTP 503");
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.lastError()).isEqualTo("gave up after 8 attempts: HTTP 410 ");
  }

  private void ticket(String id, Instant opened, Instant due, String state) {
    jdbc.sql(
            "insert into tickets (id, equipment_id, district_path, severity, state, company,"
                + " rework, made_safe, tx_id, block_number, record, opened_ts, next_step, next_due)"
                + " values (?, 'EQ', 'SH/PD', 'MAJOR', ?, 'GREENFIX', 0, false, 'tx', 1, '{}', ?,"
                + " 'repair', ?)")
        .params(
            id,
            state,
            java.time.OffsetDateTime.ofInstant(opened, java.time.ZoneOffset.UTC),
            due == null ? null : java.time.OffsetDateTime.ofInstant(due, java.time.ZoneOffset.UTC))
        .update();
  }

  @Test
  void the_scanner_finds_the_deadlines_80_percent_gone_or_missed_within_its_look_back() {
    Instant now = Instant.parse("2026-11-21T10:00:00Z");
    String prefix = "S-" + UUID.randomUUID() + "-";
    ticket(prefix + "early", now.minus(Duration.ofHours(7)), now.plus(Duration.ofHours(3)), "OPEN");
    ticket(prefix + "near", now.minus(Duration.ofHours(8)), now.plus(Duration.ofHours(2)), "OPEN");
    ticket(
        prefix + "missed",
        now.minus(Duration.ofHours(20)),
        now.minus(Duration.ofHours(1)),
        "ACKNOWLEDGED");
    ticket(
        prefix + "long-ago", now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(3)), "OPEN");
    ticket(prefix + "done", now.minus(Duration.ofDays(1)), null, "CLOSED");
    List<DeadlineRepository.Waiting> near =
        new DeadlineRepository(jdbc)
            .near(now, Duration.ofDays(2)).stream()
                .filter(w -> w.notice().ticketId().startsWith(prefix))
                .toList();
    assertThat(near)
        .extracting(w -> w.notice().ticketId().substring(prefix.length()))
        .containsExactly("missed", "near");
    assertThat(near)
        .extracting(w -> DeadlineAlert.at(w.opened(), w.due(), now).orElseThrow().kind())
        .containsExactly(NotificationKind.DEADLINE_MISSED, NotificationKind.DEADLINE_NEAR);
  }
}
