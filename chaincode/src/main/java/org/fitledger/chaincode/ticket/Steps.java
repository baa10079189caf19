package org.fitledger.chaincode.ticket;

import java.time.Instant;
import java.util.List;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;

/** Builds the steps of a ticket from the acting person and the transaction. */
final class Steps {
  private Steps() {}

  static Step of(
      TransactionContext tx,
      Actor actor,
      StepAction action,
      Boolean onTime,
      String note,
      List<String> photoHashes,
      String reason) {
    return new Step(
        action,
        actor.commonName(),
        actor.mspId(),
        actor.company(),
        tx.timestamp().toString(),
        tx.txId(),
        onTime,
        note,
        photoHashes,
        reason);
  }

  /** Whether now is not after {@code deadline}; {@code null} when there is no deadline. */
  static Boolean onTime(TransactionContext tx, String deadline) {
    return deadline == null ? null : !tx.timestamp().isAfter(Instant.parse(deadline));
  }
}
