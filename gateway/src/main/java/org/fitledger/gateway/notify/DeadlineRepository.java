package org.fitledger.gateway.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the deadline scanner: the tickets that wait for a contractor step whose deadline is at
 * least 80% gone, from the ledger's deadlines in {@code tickets} ({@code opened_ts}, {@code
 * next_step}, {@code next_due}); those missed longer ago than the scanner looks back are left out.
 *
 * <p>{@code deadlines.near(now, Duration.ofDays(2))}
 */
@Repository
class DeadlineRepository {
  private final JdbcClient jdbc;

  DeadlineRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A ticket waiting for a step with a deadline.
   *
   * @param opened when it opened (the ledger's time)
   * @param due the deadline of the step it waits for
   * @param notice its fields, of kind {@code DEADLINE_NEAR} until the scanner knows better
   */
  record Waiting(Instant opened, Instant due, Notice notice) {}

  /** The tickets whose next deadline is 80% gone at {@code now} and not missed before lookBack. */
  List<Waiting> near(Instant now, Duration lookBack) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return jdbc.sql(
            "select id, equipment_id, site, district_path, severity, category, company,"
                + " next_step, opened_ts, next_due from tickets where next_due is not null"
                + " and next_due > ? and company is not null and opened_ts is not null"
                + " and opened_ts + (next_due - opened_ts) * 0.8 <= ? order by next_due, id")
        .params(OffsetDateTime.ofInstant(now.minus(lookBack), ZoneOffset.UTC), at)
        .query(
            (rs, n) -> {
              Instant due = rs.getObject("next_due", OffsetDateTime.class).toInstant();
              return new Waiting(
                  rs.getObject("opened_ts", OffsetDateTime.class).toInstant(),
                  due,
                  new Notice(
                      NotificationKind.DEADLINE_NEAR,
                      rs.getString("id"),
                      rs.getString("equipment_id"),
                      rs.getString("site"),
                      rs.getString("district_path"),
                      rs.getString("severity"),
                      rs.getString("category"),
                      rs.getString("company"),
                      rs.getString("next_step"),
                      due.toString(),
                      null));
            })
        .list();
  }
}
