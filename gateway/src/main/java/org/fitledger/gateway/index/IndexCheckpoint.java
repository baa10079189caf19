package org.fitledger.gateway.index;

import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last block of a channel whose events are in the index (table {@code index_checkpoint}). */
@Component
class IndexCheckpoint {
  private final JdbcClient jdbc;

  IndexCheckpoint(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The last projected block, if any. */
  OptionalLong last(String channel) {
    return jdbc.sql("select block_number from index_checkpoint where channel = ?")
        .param(channel)
        .query(Long.class)
        .optional()
        .map(OptionalLong::of)
        .orElseGet(OptionalLong::empty);
  }

  /** The last projected block, locking its row until the current transaction ends. */
  OptionalLong lockLast(String channel) {
    return jdbc.sql("select block_number from index_checkpoint where channel = ? for update")
        .param(channel)
        .query(Long.class)
        .optional()
        .map(OptionalLong::of)
        .orElseGet(OptionalLong::empty);
  }

  /** Records a block as projected. */
  void save(String channel, long blockNumber) {
    jdbc.sql(
            "insert into index_checkpoint (channel, block_number, updated_at) values (?, ?, now())"
                + " on conflict (channel) do update"
                + " set block_number = excluded.block_number, updated_at = excluded.updated_at")
        .param(channel)
        .param(blockNumber)
        .update();
  }
}
