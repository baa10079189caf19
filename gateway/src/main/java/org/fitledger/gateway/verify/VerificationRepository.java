package org.fitledger.gateway.verify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.fitledger.gateway.index.InvalidTransaction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of verification: the index's records, transactions, skipped and quarantined transactions
 * and derived rows.
 */
@Component
class VerificationRepository {
  private final JdbcClient jdbc;
  private final JsonMapper json;

  VerificationRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The indexed records of a kind, in the ledger's key order (byte order of the ids). */
  RecordSource records(RecordKinds kind) {
    return (fromId, limit) -> {
      List<RecordSource.Entry> rows =
          jdbc.sql(
                  "select id, record from ("
                      + kind.rows()
                      + ") r where id collate \"C\" >= ? order by id collate \"C\" limit ?")
              .params(fromId, limit + 1)
              .query(
                  (row, n) ->
                      new RecordSource.Entry(
                          row.getString("id"), json.readTree(row.getString("record"))))
              .list();
      return rows.size() > limit
          ? new RecordSource.Page(rows.subList(0, limit), rows.get(limit).id())
          : new RecordSource.Page(rows, null);
    };
  }

  /** Hands over every indexed transaction up to a block: its id and its block. */
  void transactions(long upToBlock, BiConsumer<String, Long> each) {
    jdbc.sql("select tx_id, block_number from index_transactions where block_number <= ?")
        .param(upToBlock)
        .query((RowCallbackHandler) row -> each.accept(row.getString(1), row.getLong(2)));
  }

  /** The invalid transactions the index skipped, from a block on, oldest first. */
  List<InvalidTransaction> skipped(long fromBlock, int limit) {
    return jdbc.sql(
            "select tx_id, block_number, validation_code from index_skipped_transactions"
                + " where block_number >= ? order by block_number, tx_id limit ?")
        .params(fromBlock, limit)
        .query(
            (row, n) -> new InvalidTransaction(row.getString(1), row.getLong(2), row.getString(3)))
        .list();
  }

  /** The transactions the index quarantined, from a block on, oldest first. */
  List<QuarantinedTransaction> quarantined(long fromBlock, int limit) {
    return jdbc.sql(
            "select tx_id, block_number, records, reason from index_quarantined_transactions"
                + " where block_number >= ? order by block_number, tx_id limit ?")
        .params(fromBlock, limit)
        .query(
            (row, n) ->
                new QuarantinedTransaction(
                    row.getString(1),
                    row.getLong(2),
                    List.of((String[]) row.getArray(3).getArray()),
                    row.getString(4)))
        .list();
  }

  /** Every record ({@code kind/id}) that a quarantined transaction wrote. */
  Set<String> quarantinedRecords() {
    return new HashSet<>(
        jdbc.sql("select distinct unnest(records) from index_quarantined_transactions")
            .query(String.class)
            .list());
  }

  /**
   * The rows derived from records whose number differs from what the record holds: a patrol's
   * inspections and a ticket's steps, each exactly once.
   */
  List<Mismatch> derivedRows() {
    List<Mismatch> found =
        new ArrayList<>(
            jdbc.sql(
                    "select p.id, json_array_length(p.record->'inspections') as expected,"
                        + " count(i.position) as actual from patrols p"
                        + " left join inspections i on i.patrol_id = p.id group by p.id"
                        + " having json_array_length(p.record->'inspections') <> count(i.position)")
                .query((row, n) -> rows("patrol", row.getString(1), "inspections", row))
                .list());
    found.addAll(
        jdbc.sql(
                "select t.id, json_array_length(t.record->'steps') as expected,"
                    + " count(s.position) as actual from tickets t"
                    + " left join ticket_steps s on s.ticket_id = t.id group by t.id"
                    + " having json_array_length(t.record->'steps') <> count(s.position)")
            .query((row, n) -> rows("ticket", row.getString(1), "ticket_steps", row))
            .list());
    return found;
  }

  private static Mismatch rows(String kind, String id, String table, ResultSet row)
      throws SQLException {
    return new Mismatch(
        "rows",
        kind,
        id,
        "ROW_COUNT",
        "the record holds "
            + row.getLong("expected")
            + " but "
            + table
            + " has "
            + row.getLong("actual"));
  }
}
