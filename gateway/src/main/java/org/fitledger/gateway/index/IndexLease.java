package org.fitledger.gateway.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The PostgreSQL advisory lock that makes one indexer of a schema active while the others stand by.
 * It is held by a connection of its own: when the process dies, or PostgreSQL restarts, the
 * connection ends and the lock is free for a standby. The connection's {@code application_name}
 * names the process ({@value #APPLICATION_NAME} pid=…), so that {@code pg_locks} joined with {@code
 * pg_stat_activity} shows which indexer is active.
 *
 * <p>The lock makes one indexer work at a time; correctness does not rest on it: each block is
 * projected in a transaction that locks the checkpoint row and accepts only the next block.
 */
final class IndexLease implements AutoCloseable {
  static final String APPLICATION_NAME = "fitledger-indexer";

  /** SQL for the lock's key, one per schema, so that a rebuild never waits for the live index. */
  static final String KEY = "hashtextextended('fitledger-indexer:' || current_schema(), 0)";

  private final DataSource dataSource;
  private Connection connection;

  IndexLease(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Takes the lock if it is free.
   *
   * @return whether this indexer now holds it
   * @throws SQLException if PostgreSQL cannot be reached
   */
  boolean tryAcquire() throws SQLException {
    if (connection == null) {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "select set_config('application_name', '"
                + APPLICATION_NAME
                + " pid="
                + ProcessHandle.current().pid()
                + " schema=' || current_schema(), false)");
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
      row.next();
      return row.getBoolean(1);
    } catch (SQLException e) {
      close();
      throw e;
    }
  }

  /**
   * Checks that the lock is still held, i.e. that its connection is alive.
   *
   * @throws IllegalStateException if it was lost
   */
  void check() {
    try {
      if (connection != null && connection.isValid(2)) {
        return;
      }
    } catch (SQLException e) {
      // lost
    }
    close();
    throw new IllegalStateException("the indexer's lock was lost with its database connection");
  }

  /** Gives the lock up by closing its connection. */
  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // the connection is gone either way
    }
    connection = null;
  }
}
