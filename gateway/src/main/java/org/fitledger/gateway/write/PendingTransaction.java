package org.fitledger.gateway.write;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.ledger.Unsigned;
import org.springframework.http.ResponseEntity;

/**
 * A write that waits for its signer's device: its proposal, then its endorsed transaction, and how
 * to answer once it committed.
 *
 * @param txId the transaction id
 * @param username who must sign it
 * @param function the chaincode function
 * @param arguments its arguments
 * @param orderUnchanged whether it is ordered even if it writes no public state ({@link
 *     org.fitledger.gateway.ledger.LedgerPort#endorse})
 * @param proposal the proposal to sign
 * @param transaction the endorsed transaction to sign, or null until the peers endorsed it
 * @param answer the answer to the write, from what the ledger committed
 * @param expiresAt when it is forgotten
 */
record PendingTransaction(
    String txId,
    String username,
    String function,
    List<String> arguments,
    boolean orderUnchanged,
    Unsigned proposal,
    Unsigned transaction,
    Function<Submitted, ResponseEntity<?>> answer,
    Instant expiresAt) {

  PendingTransaction {
    arguments = List.copyOf(arguments);
  }

  /** This write, endorsed: its transaction waits for the signer. */
  PendingTransaction endorsed(Unsigned endorsed) {
    return new PendingTransaction(
        txId, username, function, arguments, orderUnchanged, proposal, endorsed, answer, expiresAt);
  }

  /** Whether the peers endorsed it, so that its transaction is the next thing to sign. */
  boolean isEndorsed() {
    return transaction != null;
  }
}
