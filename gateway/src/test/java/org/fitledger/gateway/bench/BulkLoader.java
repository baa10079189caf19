package org.fitledger.gateway.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.fitledger.gateway.audit.EquipmentAudit;
import org.fitledger.gateway.audit.PatrolAudit;
import org.fitledger.gateway.equipment.EquipmentProjection;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.gateway.patrol.PatrolProjection;
import org.fitledger.gateway.ticket.TicketProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documented bulk path into the index: ledger events, exactly as the chaincode sets them, are
 * cut into blocks and each block is projected in one database transaction, as the block indexer
 * does, by the gateway's own projections (the features' and the audit's) of {@code equipment},
 * {@code patrol} and {@code ticket} records. Nothing goes through Fabric: the events are made by
 * {@link LedgerSimulation}, not by the chaincode.
 */
final class BulkLoader implements LedgerSimulation.Sink {
  private static final String CHAINCODE = "fitledger";

  private record Event(String name, String txId, String payload) {}

  private final TransactionTemplate transactions;
  private final Map<String, List<RecordProjection>> projections = new HashMap<>();
  private final int blockSize;
  private final List<Event> block = new ArrayList<>();
  private long blockNumber = 10;
  private long events;
  private long records;

  BulkLoader(DataSource dataSource, int blockSize) {
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.blockSize = blockSize;
    JdbcClient jdbc = JdbcClient.create(dataSource);
    for (RecordProjection projection :
        List.of(
            EquipmentProjection.over(jdbc),
            PatrolProjection.over(jdbc),
            TicketProjection.over(jdbc),
            EquipmentAudit.over(jdbc),
            PatrolAudit.over(jdbc))) {
      projections.computeIfAbsent(projection.kind(), kind -> new ArrayList<>()).add(projection);
    }
  }

  @Override
  public void accept(String eventName, String txId, String payload) {
    block.add(new Event(eventName, txId, payload));
    if (block.size() == blockSize) {
      flush();
    }
  }

  /** Projects the last, partial block. */
  void finish() {
    if (!block.isEmpty()) {
      flush();
    }
  }

  long events() {
    return events;
  }

  long records() {
    return records;
  }

  long blocks() {
    return blockNumber - 10;
  }

  private void flush() {
    long number = blockNumber++;
    transactions.executeWithoutResult(
        status -> {
          for (Event event : block) {
            LedgerEvent ledgerEvent =
                new LedgerEvent(number, event.txId(), CHAINCODE, event.name(), event.payload());
            for (Changes.Change change : Changes.parse(event.payload())) {
              for (RecordProjection projection : projections.get(change.kind())) {
                projection.project(change.record(), ledgerEvent);
              }
              records++;
            }
          }
        });
    events += block.size();
    block.clear();
  }
}
