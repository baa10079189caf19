package org.fitledger.gateway.ledger;

import java.util.List;
import java.util.Set;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Organization;
import org.fitledger.model.ticket.TicketAction;

/**
 * The organizations whose peers must endorse each transaction, where the gateway names them itself
 * rather than leaving the plan to the peer's Fabric Gateway.
 *
 * <p>A ticket key carries a state-based policy for its next actor, so a step on a ticket is
 * endorsed by the organizations {@link TicketAction#endorsers()} derives from the model's
 * lifecycle: AND(Authority, Contractor) for the contractor's steps, AND(Authority, Patrol) for the
 * verification, all three for a supervisor's step, which may find the ticket under either policy.
 * Fabric Gateway would discover these from the chaincode's interest after a first endorsement, but
 * naming them keeps the plan explicit, and guarantees that every step is endorsed by an
 * organization other than the actor's (whose peer refuses backdated proposals). Everything else
 * (new keys, equipment, contracts, settings) falls under the chaincode-level AND(Authority,
 * Patrol), which the peer plans by itself.
 *
 * <p>{@code Endorsers.of("confirmRepair")} is {@code [AuthorityMSP, ContractorMSP]}.
 */
public final class Endorsers {
  /** The sports bureau's organization. */
  public static final String AUTHORITY = Organization.AUTHORITY.mspId();

  /** The inspectorate's organization. */
  public static final String PATROL = Organization.PATROL.mspId();

  /** The contractors' organization. */
  public static final String CONTRACTOR = Organization.CONTRACTOR.mspId();

  /**
   * The functions that read or write reporters' contacts, in the collection only the Authority's
   * peers hold: no other organization's peer may see a contact, even in transient data.
   */
  private static final Set<String> PRIVATE_TO_AUTHORITY =
      Set.of(
          Transactions.STORE_REPORT_CONTACT,
          Transactions.READ_REPORT_CONTACT,
          Transactions.PURGE_REPORT_CONTACT);

  private Endorsers() {}

  /**
   * The endorsing organizations of a chaincode function.
   *
   * @param transaction the function name
   * @return the MSP ids, or empty to let the peer's gateway plan from the policies
   */
  public static List<String> of(String transaction) {
    if (PRIVATE_TO_AUTHORITY.contains(transaction)) {
      return List.of(AUTHORITY);
    }
    return TicketAction.ofTransaction(transaction)
        .map(step -> step.endorsers().stream().map(Organization::mspId).toList())
        .orElse(List.of());
  }
}
