package org.fitledger.gateway.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The photo evidence of a record in table {@code evidence}: each SHA-256 with the record and the
 * position of the part that holds it (a patrol's inspection, a ticket's step), in one statement. A
 * hash written before stays as it is.
 *
 * <p>{@code EvidenceRows.write(jdbc, EvidenceRows.Kind.PATROL, "p-1", List.of(List.of(),
 * List.of(hash)))} writes {@code (hash, 'patrol', 'p-1', 1)}.
 */
public final class EvidenceRows {
  /** The kinds of record that hold photos. */
  public enum Kind {
    PATROL,
    TICKET,
    REPORT;

    String column() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private EvidenceRows() {}

  /**
   * Writes the hashes of each part of a record.
   *
   * @param jdbc the client of the block's transaction
   * @param kind the record's kind
   * @param recordId the record's id
   * @param hashesByPosition each part's photo hashes, in the record's order
   */
  public static void write(
      JdbcClient jdbc, Kind kind, String recordId, List<List<String>> hashesByPosition) {
    write(jdbc, kind, Map.of(recordId, hashesByPosition));
  }

  /**
   * Writes the hashes of each part of several records, in one statement.
   *
   * @param jdbc the client of the block's transaction
   * @param kind the records' kind
   * @param hashesByRecord per record id, each part's photo hashes, in the record's order
   */
  public static void write(
      JdbcClient jdbc, Kind kind, Map<String, List<List<String>>> hashesByRecord) {
    List<String> hashes = new ArrayList<>();
    List<String> records = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    hashesByRecord.forEach(
        (recordId, hashesByPosition) -> {
          for (int position = 0; position < hashesByPosition.size(); position++) {
            for (String hash : hashesByPosition.get(position)) {
              hashes.add(hash);
              records.add(recordId);
              positions.add(position);
            }
          }
        });
    if (hashes.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into evidence (sha256, record_kind, record_id, position)"
                + " select h, '"
                + kind.column()
                + "', r, p from unnest(?::text[], ?::text[], ?::integer[]) as x (h, r, p)"
                + " on conflict do nothing")
        .params(
            hashes.toArray(String[]::new),
            records.toArray(String[]::new),
            positions.toArray(Integer[]::new))
        .update();
  }
}
