package org.fitledger.gateway.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.fitledger.gateway.audit.EquipmentAudit;
import org.fitledger.gateway.audit.PatrolAudit;
import org.fitledger.gateway.equipment.EquipmentProjection;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.ledger.OrgPeer;
import org.fitledger.gateway.patrol.PatrolProjection;
import org.fitledger.gateway.ticket.TicketProjection;
import org.hyperledger.fabric.protos.common.Block;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blocks kept as test resources, fed through the block indexer's own projector into a database: the
 * path a block takes from the peer into the index, minus the peer.
 *
 * <pre>{@code
 * StoredBlocks.project(dataSource, StoredBlocks.read("/ledger/nul-note/block-12.pb"));
 * }</pre>
 */
public final class StoredBlocks {
  private static final String CHANNEL = "maintenance";
  private static final String CHAINCODE = "fitledger";

  private StoredBlocks() {}

  /** A block as {@code peer channel fetch} wrote it, from the test class path. */
  public static Block read(String resource) {
    try (InputStream in = StoredBlocks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return Block.parseFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Projects consecutive blocks as the block indexer does, into an index whose checkpoint is set
   * just below the first of them, with the patrol, ticket and equipment projections and the
   * audit's.
   */
  public static void project(DataSource dataSource, List<Block> blocks) {
    projector(dataSource, blocks.get(0).getHeader().getNumber())
        .accept(blocks.stream().map(block -> BlockParser.parse(block, CHAINCODE)).toList());
  }

  /**
   * The block indexer's projector over a database, from {@code firstBlock} on: each call projects
   * consecutive parsed blocks in one database transaction, as the indexer does while catching up.
   */
  public static Consumer<List<ParsedBlock>> projector(DataSource dataSource, long firstBlock) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    IndexCheckpoint checkpoint = new IndexCheckpoint(jdbc);
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    transactions.executeWithoutResult(status -> checkpoint.save(CHANNEL, firstBlock - 1));
    BlockProjector projector =
        new BlockProjector(
            transactions,
            checkpoint,
            new IndexJournal(jdbc),
            new NetworkConfig(
                CHANNEL,
                CHAINCODE,
                Map.of("AuthorityMSP", new OrgPeer("127.0.0.1:7051", "peer0", Path.of("unused")))),
            List.of(
                PatrolProjection.over(jdbc),
                TicketProjection.over(jdbc),
                EquipmentProjection.over(jdbc),
                PatrolAudit.over(jdbc),
                EquipmentAudit.over(jdbc)),
            Optional.empty());
    return projector::apply;
  }

  /** The checkpoint of the index: the last block projected. */
  public static long checkpoint(DataSource dataSource) {
    return new IndexCheckpoint(JdbcClient.create(dataSource)).last(CHANNEL).orElse(-1);
  }
}
