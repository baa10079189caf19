package org.fitledger.gateway.verify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Records of one kind in id order (byte order, as Fabric orders keys), a page at a time: world
 * state through the chaincode, or the index's table.
 */
interface RecordSource {
  /** The size of the pages {@link #all()} reads. */
  int PAGE = 200;

  /**
   * One page.
   *
   * @param fromId the id to start at, inclusive; empty for the first page
   * @param limit the most records to return
   */
  Page page(String fromId, int limit);

  /**
   * A page of records.
   *
   * @param records the records, in id order
   * @param nextId the id the next page starts at, or null after the last
   */
  record Page(List<Entry> records, String nextId) {}

  /**
   * One record.
   *
   * @param id its id
   * @param record its JSON
   */
  record Entry(String id, JsonNode record) {}

  /** The record with this id, if any. */
  default Optional<Entry> find(String id) {
    return page(id, 1).records().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** Every record, page by page. */
  default Iterator<Entry> all() {
    return new Iterator<>() {
      private final List<Entry> buffer = new ArrayList<>();
      private int position;
      private String next = "";

      @Override
      public boolean hasNext() {
        while (position == buffer.size() && next != null) {
          Page page = page(next, PAGE);
          buffer.clear();
          buffer.addAll(page.records());
          position = 0;
          next = page.nextId();
        }
        return position < buffer.size();
      }

      @Override
      public Entry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return buffer.get(position++);
      }
    };
  }
}
