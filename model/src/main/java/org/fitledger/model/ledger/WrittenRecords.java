package org.fitledger.model.ledger;

/**
 * How a transaction names the records it writes, so that each record's text travels in the
 * transaction once, in its write set, and not again in its event and its answer.
 *
 * <ul>
 *   <li>A record lives under Fabric's composite key of its kind and id: {@link #key}.
 *   <li>The transaction's event lists the records it wrote, in write order: {@code
 *       {"changes":[{"kind":"patrol","id":"P-1"},{"kind":"ticket","id":"T-9"}]}}. The index reads
 *       each record from the write set under its key. (Older transactions carried the record
 *       itself: {@code {"kind":"patrol","record":{...}}}; the index reads both.)
 *   <li>A transaction whose answer is a record it wrote answers {@code
 *       {"written":{"kind":"patrol","id":"P-1"}}}; the gateway takes the record from the endorsed
 *       write set. An answer from state that was not written (a patrol sent again) is the record.
 * </ul>
 *
 * <p>{@code WrittenRecords.key("patrol", "P-1")} is {@code "\u0000patrol\u0000P-1\u0000"}.
 */
public final class WrittenRecords {
  /** The field of an answer that names a written record instead of carrying it. */
  public static final String ANSWER_FIELD = "written";

  private WrittenRecords() {}

  /**
   * The world-state key of a record.
   *
   * @param kind the record's kind, e.g. {@code patrol}
   * @param id its id
   * @return Fabric's composite key of the two
   */
  public static String key(String kind, String id) {
    return "\u0000" + kind + "\u0000" + id + "\u0000";
  }
}
