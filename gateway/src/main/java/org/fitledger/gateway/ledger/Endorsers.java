package org.fitledger.gateway.ledger;

import java.util.List;

/**
 * The organizations whose peers must endorse each transaction, where the gateway names them itself
 * rather than leaving the plan to the peer's Fabric Gateway.
 *
 * <p>A ticket key carries a state-based policy for its next actor: AND(Authority, Contractor) while
 * OPEN, ACKNOWLEDGED or MADE_SAFE, AND(Authority, Patrol) while REPAIRED. Fabric Gateway would
 * discover these from the chaincode's interest after a first endorsement, but naming them keeps the
 * plan explicit, and guarantees that every step is endorsed by an organization other than the
 * actor's (whose peer refuses backdated proposals). Everything else (new keys, equipment,
 * contracts, settings) falls under the chaincode-level AND(Authority, Patrol), which the peer plans
 * by itself.
 *
 * <p>{@code Endorsers.of("confirmRepair")} is {@code [AuthorityMSP, ContractorMSP]}.
 */
public final class Endorsers {
  /** The sports bureau's organization. */
  public static final String AUTHORITY = "AuthorityMSP";

  /** The inspectorate's organization. */
  public static final String PATROL = "PatrolMSP";

  /** The contractors' organization. */
  public static final String CONTRACTOR = "ContractorMSP";

  private Endorsers() {}

  /**
   * The endorsing organizations of a chaincode function.
   *
   * @param transaction the function name
   * @return the MSP ids, or empty to let the peer's gateway plan from the policies
   */
  public static List<String> of(String transaction) {
    switch (transaction) {
      case "acknowledgeTicket":
      case "makeTicketSafe":
      case "confirmRepair":
        return List.of(AUTHORITY, CONTRACTOR);
      case "verifyRepair":
        return List.of(AUTHORITY, PATROL);
      case "reassignTicket":
      case "cancelTicket":
        // The ticket's policy depends on its state (Contractor before repair, Patrol after).
        return List.of(AUTHORITY, PATROL, CONTRACTOR);
      default:
        return List.of();
    }
  }
}
