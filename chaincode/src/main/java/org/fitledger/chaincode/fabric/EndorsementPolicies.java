package org.fitledger.chaincode.fabric;

import org.fitledger.model.people.NextActor;
import org.fitledger.model.people.Organization;
import org.hyperledger.fabric.shim.ext.sbe.StateBasedEndorsement;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;

/**
 * The state-based endorsement policy for a key's next actor: AND of the authority's peer and the
 * actor organization's peer, or no key-level policy at all.
 *
 * <pre>{@code
 * stub.setStateValidationParameter(key, EndorsementPolicies.of(NextActor.CONTRACTOR));
 * }</pre>
 */
final class EndorsementPolicies {
  private static final byte[] NONE = new byte[0];

  private EndorsementPolicies() {}

  /** The serialized policy; empty for {@link NextActor#NONE}, so the chaincode policy applies. */
  static byte[] of(NextActor nextActor) {
    if (nextActor.endorsers().isEmpty()) {
      return NONE.clone();
    }
    StateBasedEndorsement policy =
        StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(null);
    policy.addOrgs(
        StateBasedEndorsement.RoleType.RoleTypePeer,
        nextActor.endorsers().stream().map(Organization::mspId).toArray(String[]::new));
    return policy.policy();
  }
}
