package org.fitledger.gateway.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link IndexProgress} current in a gateway that serves the API: it listens on the index's
 * notification channel (and on its failure channel, for {@link IndexFailures}), on a connection of
 * its own, and reads the checkpoint whenever it (re)connects and each second, so that nothing is
 * missed while the connection was down. The indexer may run in any process; this is how a gateway
 * learns that a block's rows are visible.
 */
@Component
@ConditionalOnWebApplication
class IndexWatcher implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(IndexWatcher.class);
  private static final int POLL_MILLIS = 1000;

  private final DataSource dataSource;
  private final IndexProgress progress;
  private final IndexCheckpoint checkpoint;
  private final IndexFailures failures;
  private final String channel;
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
  private volatile boolean running;
  private Thread thread;

  IndexWatcher(
      DataSource dataSource,
      IndexProgress progress,
      IndexCheckpoint checkpoint,
      IndexFailures failures,
      NetworkConfig network) {
    this.dataSource = dataSource;
    this.progress = progress;
    this.checkpoint = checkpoint;
    this.failures = failures;
    this.channel = network.channel();
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = new Thread(this::run, "index-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        String failureChannel = listen(connection, IndexFailures.CHANNEL);
        listen(connection, IndexCheckpoint.NOTIFY_CHANNEL);
        backoff.reset();
        while (running) {
          progress.projected(checkpoint.last(channel).orElse(-1));
          PGNotification[] notifications =
              connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
          for (PGNotification notification :
              notifications == null ? new PGNotification[0] : notifications) {
            if (notification.getName().equals(failureChannel)) {
              failures.received(notification.getParameter());
            } else {
              progress.projected(Long.parseLong(notification.getParameter()));
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("index notifications interrupted: {}", e.toString());
      }
      try {
        Thread.sleep(backoff.next().toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Listens on the channel whose name {@code channelSql} gives; the name. */
  private static String listen(Connection connection, String channelSql) throws SQLException {
    String name;
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select " + channelSql)) {
      row.next();
      name = row.getString(1);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("listen \"" + name.replace("\"", "\"\"") + "\"");
    }
    return name;
  }
}
