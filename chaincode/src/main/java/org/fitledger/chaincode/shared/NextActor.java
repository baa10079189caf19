package org.fitledger.chaincode.shared;

/**
 * Whose organization, together with the authority, must endorse the next change to a key. The
 * Fabric adapter turns it into a state-based endorsement policy; {@link #NONE} removes the key's
 * policy so that the chaincode-level policy applies.
 *
 * <pre>{@code
 * tx.setEndorsement(RecordKind.TICKET, "T-1", NextActor.CONTRACTOR);
 * }</pre>
 */
public enum NextActor {
  /** AND(Authority peer, Contractor peer). */
  CONTRACTOR,
  /** AND(Authority peer, Patrol peer). */
  INSPECTOR,
  /** No key-level policy. */
  NONE
}
