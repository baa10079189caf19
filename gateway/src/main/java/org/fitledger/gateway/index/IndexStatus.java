package org.fitledger.gateway.index;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.fitledger.gateway.ledger.ChainInfo;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the index stands against the ledger: the last indexed block, the peer's height and which
 * indexer process holds the lock.
 *
 * <p>{@code long lag = indexStatus.now().lagBlocks();}
 */
@Component
public class IndexStatus {
  private final IndexCheckpoint checkpoint;
  private final ChainInfo chain;
  private final JdbcClient jdbc;
  private final String channel;

  IndexStatus(IndexCheckpoint checkpoint, ChainInfo chain, JdbcClient jdbc, NetworkConfig network) {
    this.checkpoint = checkpoint;
    this.chain = chain;
    this.jdbc = jdbc;
    this.channel = network.channel();
  }

  /**
   * The index at this moment.
   *
   * @param indexedBlock the last block in the index, or -1
   * @param peerHeight how many blocks the peer has committed
   * @param activeIndexer the {@code application_name} of the indexer holding the lock, if any
   * @param standbyIndexers those of the indexers of this schema that stand by
   */
  public record Snapshot(
      long indexedBlock,
      long peerHeight,
      Optional<String> activeIndexer,
      List<String> standbyIndexers) {
    /** How many committed blocks are not yet in the index. */
    public long lagBlocks() {
      return Math.max(0, peerHeight - 1 - indexedBlock);
    }
  }

  /** The last indexed block, or -1. */
  public long indexedBlock() {
    return checkpoint.last(channel).orElse(-1);
  }

  /** How many valid transactions the index quarantined because it could not hold their records. */
  public long quarantinedTransactions() {
    return jdbc.sql("select count(*) from index_quarantined_transactions")
        .query(Long.class)
        .single();
  }

  /** Reads the index's position, the peer's height and the active indexer. */
  public Snapshot now() {
    OptionalLong indexed = checkpoint.last(channel);
    long height = chain.height();
    Optional<String> active =
        jdbc.sql(
                "select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                    + " where l.locktype = 'advisory' and l.granted and l.objsubid = 1"
                    + " and ((l.classid::bigint << 32) | l.objid::bigint) = "
                    + IndexLease.KEY)
            .query(String.class)
            .optional();
    List<String> standby =
        jdbc
            .sql(
                "select application_name from pg_stat_activity where application_name like"
                    + " 'fitledger-indexer pid=% schema=' || current_schema()"
                    + " order by application_name")
            .query(String.class)
            .list()
            .stream()
            .filter(name -> active.map(a -> !a.equals(name)).orElse(true))
            .toList();
    return new Snapshot(indexed.orElse(-1), height, active, standby);
  }
}
