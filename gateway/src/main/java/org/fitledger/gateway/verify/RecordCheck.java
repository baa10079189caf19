package org.fitledger.gateway.verify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares the records of one kind in world state with the index's, walking both in id order. Each
 * record must be in both and equal as JSON; a difference names the fields that differ.
 *
 * <pre>{@code
 * List<Mismatch> found = RecordCheck.compare("ticket", ledgerTickets, indexedTickets).mismatches();
 * }</pre>
 */
final class RecordCheck {
  private RecordCheck() {}

  /**
   * What a comparison found.
   *
   * @param onLedger how many records world state holds
   * @param inIndex how many the index holds
   * @param mismatches every record that is not the same on both sides
   */
  record Comparison(long onLedger, long inIndex, List<Mismatch> mismatches) {}

  /** Compares every record of the kind. */
  static Comparison compare(String kind, RecordSource ledger, RecordSource index) {
    List<Mismatch> found = new ArrayList<>();
    long onLedgerCount = 0;
    long inIndexCount = 0;
    Iterator<RecordSource.Entry> onLedger = ledger.all();
    Iterator<RecordSource.Entry> inIndex = index.all();
    RecordSource.Entry left = onLedger.hasNext() ? onLedger.next() : null;
    RecordSource.Entry right = inIndex.hasNext() ? inIndex.next() : null;
    while (left != null || right != null) {
      int order = left == null ? 1 : right == null ? -1 : left.id().compareTo(right.id());
      if (order < 0) {
        found.add(missingFromIndex(kind, left.id()));
      } else if (order > 0) {
        found.add(notOnLedger(kind, right.id()));
      } else {
        difference(kind, left, right).ifPresent(found::add);
      }
      if (order <= 0) {
        onLedgerCount++;
        left = onLedger.hasNext() ? onLedger.next() : null;
      }
      if (order >= 0) {
        inIndexCount++;
        right = inIndex.hasNext() ? inIndex.next() : null;
      }
    }
    return new Comparison(onLedgerCount, inIndexCount, found);
  }

  /** The one record's mismatch, if it still differs. */
  static Optional<Mismatch> compareOne(
      String kind, String id, RecordSource ledger, RecordSource index) {
    Optional<RecordSource.Entry> left = ledger.find(id);
    Optional<RecordSource.Entry> right = index.find(id);
    if (left.isEmpty() && right.isEmpty()) {
      return Optional.empty();
    }
    if (right.isEmpty()) {
      return Optional.of(missingFromIndex(kind, id));
    }
    if (left.isEmpty()) {
      return Optional.of(notOnLedger(kind, id));
    }
    return difference(kind, left.get(), right.get());
  }

  private static Optional<Mismatch> difference(
      String kind, RecordSource.Entry ledger, RecordSource.Entry index) {
    if (ledger.record().equals(index.record())) {
      return Optional.empty();
    }
    return Optional.of(
        new Mismatch(
            "records",
            kind,
            ledger.id(),
            "DIFFERENT",
            "fields that differ: " + differingFields(ledger.record(), index.record())));
  }

  private static Set<String> differingFields(JsonNode ledger, JsonNode index) {
    Set<String> names = new TreeSet<>(ledger.propertyNames());
    names.addAll(index.propertyNames());
    names.removeIf(name -> ledger.path(name).equals(index.path(name)));
    return names;
  }

  private static Mismatch missingFromIndex(String kind, String id) {
    return new Mismatch(
        "records", kind, id, "MISSING_FROM_INDEX", "in world state but not in the index");
  }

  private static Mismatch notOnLedger(String kind, String id) {
    return new Mismatch(
        "records", kind, id, "NOT_ON_LEDGER", "in the index but not in world state");
  }
}
