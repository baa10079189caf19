package org.fitledger.model.people;

import java.util.List;

/**
 * Whose organization, together with the authority, must endorse the next change to a key. The
 * chaincode's Fabric adapter turns it into the key's state-based endorsement policy, and the
 * gateway asks exactly those organizations' peers to endorse; {@link #NONE} removes the key's
 * policy so that the chaincode-level policy applies.
 *
 * <pre>{@code
 * tx.setEndorsement(RecordKind.TICKET, "T-1", NextActor.CONTRACTOR);
 * }</pre>
 */
public enum NextActor {
  /** AND(Authority peer, Contractor peer). */
  CONTRACTOR(List.of(Organization.AUTHORITY, Organization.CONTRACTOR)),
  /** AND(Authority peer, Patrol peer). */
  INSPECTOR(List.of(Organization.AUTHORITY, Organization.PATROL)),
  /** No key-level policy. */
  NONE(List.of());

  private final List<Organization> endorsers;

  NextActor(List<Organization> endorsers) {
    this.endorsers = endorsers;
  }

  /** The organizations whose peers must all endorse; empty for {@link #NONE}. */
  public List<Organization> endorsers() {
    return endorsers;
  }
}
