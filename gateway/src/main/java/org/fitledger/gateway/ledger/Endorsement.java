package org.fitledger.gateway.ledger;

import java.util.Optional;

/**
 * What the peers answered a proposal signed on its signer's device: the endorsed transaction for
 * the signer to sign, or, for a record sent again that the ledger already holds, the answer from
 * the ledger's state, with nothing to order.
 *
 * <p>{@code ledger.endorse(person, proposal, signature).transaction().isPresent()}
 *
 * @param transaction the endorsed transaction to sign, or null if nothing is to be ordered
 * @param result what the chaincode answered, as UTF-8 text (see {@link EndorsedAnswer})
 */
public record Endorsement(Unsigned transaction, String result) {

  /** The transaction to sign, unless the endorsement wrote nothing. */
  public Optional<Unsigned> toSign() {
    return Optional.ofNullable(transaction);
  }
}
