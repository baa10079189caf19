package org.fitledger.chaincode.shared;

import java.util.List;

/**
 * One page of stored records of a kind, in key order.
 *
 * @param records each record's id and stored JSON
 * @param nextId the id the next page starts at, or null after the last page
 */
public record RecordPage(List<Stored> records, String nextId) {
  /** Copies the list. */
  public RecordPage {
    records = List.copyOf(records);
  }

  /**
   * A record as world state holds it.
   *
   * @param id the record's id, the last part of its key
   * @param json the stored JSON
   */
  public record Stored(String id, String json) {}
}
