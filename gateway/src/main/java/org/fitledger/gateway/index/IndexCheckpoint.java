package org.fitledger.gateway.index;

import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last block of a channel whose events are in the index (table {@code index_checkpoint}).
 * Saving it also notifies, on commit, the PostgreSQL channel {@link #NOTIFY_CHANNEL} of the schema,
 * so that every gateway learns at once that the block's rows are visible.
 */
@Component
class IndexCheckpoint {
  /**
   * SQL for the name of the notification channel of the current schema's index, e.g. {@code
   * fitledger_index_public}: a rebuild into another schema never wakes the live index's waiters.
   */
  static final String NOTIFY_CHANNEL = "'fitledger_index_' || current_schema()";

  private final JdbcClient jdbc;

  IndexCheckpoint(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The last projected block, if any. */
  OptionalLong last(String channel) {
    return optional(
        jdbc.sql("select block_number from index_checkpoint where channel = ?").param(channel));
  }

  /** The last projected block, locking its row until the current transaction ends. */
  OptionalLong lockLast(String channel) {
    return optional(
        jdbc.sql("select block_number from index_checkpoint where channel = ? for update")
            .param(channel));
  }

  /** Records a block as projected and notifies the listeners when the transaction commits. */
  void save(String channel, long blockNumber) {
    jdbc.sql(
            "insert into index_checkpoint (channel, block_number, updated_at) values (?, ?, now())"
                + " on conflict (channel) do update"
                + " set block_number = excluded.block_number, updated_at = excluded.updated_at")
        .param(channel)
        .param(blockNumber)
        .update();
    jdbc.sql("select pg_notify(" + NOTIFY_CHANNEL + ", ?)")
        .param(Long.toString(blockNumber))
        .query((row, n) -> n)
        .list();
  }

  private static OptionalLong optional(JdbcClient.StatementSpec query) {
    return query.query(Long.class).optional().map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }
}
