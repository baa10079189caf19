package org.fitledger.chaincode.shared;

import java.util.Locale;

/**
 * The kinds of record kept in world state. The kind is the world-state object type of the record's
 * key and the {@code kind} of the change in a transaction's event.
 *
 * <pre>{@code
 * tx.getState(RecordKind.EQUIPMENT, "EQ-1");
 * }</pre>
 */
public enum RecordKind {
  EQUIPMENT,
  CONTRACT,
  PATROL,
  TICKET,
  REPORT,
  READING,
  SETTINGS,
  /**
   * The head of a person's chain of patrols signed at capture: kept for the chaincode's own check,
   * never announced as a change, so the index holds no table of it.
   */
  CAPTURE_CHAIN;

  /** The lower-case name used for keys and events, e.g. {@code equipment}. */
  public String objectType() {
    return name().toLowerCase(Locale.ROOT);
  }
}
