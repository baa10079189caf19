package org.fitledger.gateway.index;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Why the index is not moving, from the indexer that fails to the gateways that report health. The
 * active indexer announces each failure on the schema's PostgreSQL channel {@link #CHANNEL}
 * (notifications live outside the index's tables, so a full disk under them does not silence them),
 * and each API gateway's {@link IndexWatcher} keeps the latest for the health component.
 */
@Component
class IndexFailures {
  /** SQL for the name of the failure channel of the current schema's index. */
  static final String CHANNEL = "'fitledger_index_failures_' || current_schema()";

  /** SQLSTATE of "disk full" (class 53, insufficient resources). */
  private static final String DISK_FULL = "53100";

  private static final int MAX_MESSAGE = 500;

  /**
   * A failure an indexer reported.
   *
   * @param message what failed, in words
   * @param receivedNanos when this gateway heard of it, {@link System#nanoTime}
   */
  record Failure(String message, long receivedNanos) {}

  private final JdbcClient jdbc;
  private volatile Failure latest;

  IndexFailures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Announces a failure of this indexer to every gateway, if the database can still be reached
   * (when it cannot, health says so by itself); never throws.
   */
  void report(String message) {
    try {
      jdbc.sql("select pg_notify(" + CHANNEL + ", ?)").param(message).query((row, n) -> n).list();
    } catch (RuntimeException e) {
      // the database is out of reach: its own health check reports that
    }
  }

  /** A failure announced by an indexer. */
  void received(String message) {
    latest = new Failure(message, System.nanoTime());
  }

  /** The latest failure announced, if any. */
  Optional<Failure> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * A failure in words for operators: a full disk under the index is named as such, with
   * PostgreSQL's own first line; anything else is the exception, at most 500 characters.
   */
  static String describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && DISK_FULL.equals(sql.getSQLState())) {
        return clip("the index's disk is full: " + firstLine(sql.getMessage()));
      }
    }
    return clip(firstLine(failure.toString()));
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.strip();
    int end = line.indexOf('\n');
    return end < 0 ? line : line.substring(0, end).strip();
  }

  private static String clip(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
