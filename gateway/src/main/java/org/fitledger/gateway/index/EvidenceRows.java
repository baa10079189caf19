package org.fitledger.gateway.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.fitledger.gateway.query.ValuesRows;
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
    TICKET;

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
    List<Object> params = new ArrayList<>();
    for (int position = 0; position < hashesByPosition.size(); position++) {
      for (String hash : hashesByPosition.get(position)) {
        Collections.addAll(params, hash, recordId, position);
      }
    }
    if (params.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into evidence (sha256, record_kind, record_id, position) values "
                + ValuesRows.of(params.size() / 3, "?, '" + kind.column() + "', ?, ?")
                + " on conflict do nothing")
        .params(params.toArray())
        .update();
  }
}
