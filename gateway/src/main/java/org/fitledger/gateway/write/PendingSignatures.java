package org.fitledger.gateway.write;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.ledger.Unsigned;
import org.fitledger.gateway.people.Person;
import org.fitledger.model.error.ErrorCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The writes that wait for their signers' devices, in this gateway's memory, each for {@link
 * #LIFETIME} at most: a write not signed by then is forgotten, and nothing of it reached the
 * ledger. Only the person who made a write can see or sign it.
 *
 * <p>Holding only what the devices will sign, the gateway holds no key: losing this memory (a
 * restart) costs the devices a new request, never a record.
 */
@Component
class PendingSignatures {
  static final Duration LIFETIME = Duration.ofMinutes(10);
  static final int CAPACITY = 10_000;

  private final Map<String, PendingTransaction> byTxId = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int capacity;

  @Autowired
  PendingSignatures() {
    this(Clock.systemUTC(), CAPACITY);
  }

  PendingSignatures(Clock clock, int capacity) {
    this.clock = clock;
    this.capacity = capacity;
  }

  /**
   * Keeps a prepared write until its signer's device signs its proposal.
   *
   * @return what to answer the request: the proposal to sign
   * @throws CodedException {@code LEDGER_UNAVAILABLE} if too many writes wait already
   */
  SignatureRequired awaitProposalSignature(
      Person person,
      String function,
      String[] arguments,
      boolean orderUnchanged,
      Unsigned proposal,
      Function<Submitted, ResponseEntity<?>> answer) {
    Instant now = clock.instant();
    byTxId.values().removeIf(p -> !p.expiresAt().isAfter(now));
    if (byTxId.size() >= capacity) {
      throw new CodedException(
          ErrorCode.LEDGER_UNAVAILABLE,
          "too many transactions await their signers' devices; try again in a few minutes");
    }
    PendingTransaction pending =
        new PendingTransaction(
            proposal.txId(),
            person.username(),
            function,
            List.of(arguments),
            orderUnchanged,
            proposal,
            null,
            answer,
            now.plus(LIFETIME));
    byTxId.put(pending.txId(), pending);
    return new SignatureRequired(ToSign.proposal(pending));
  }

  /**
   * The write of this id that waits for this person.
   *
   * @throws CodedException {@code TRANSACTION_NOT_FOUND} if none does: never made, made by someone
   *     else, committed, or expired
   */
  PendingTransaction of(Person person, String txId) {
    PendingTransaction pending = byTxId.get(txId);
    if (pending == null
        || !pending.username().equals(person.username())
        || !pending.expiresAt().isAfter(clock.instant())) {
      throw new CodedException(
          ErrorCode.TRANSACTION_NOT_FOUND,
          "no transaction "
              + txId
              + " awaits your signature: it was committed, or it expired after "
              + LIFETIME.toMinutes()
              + " minutes; send the request again");
    }
    return pending;
  }

  /**
   * Keeps the endorsed transaction until the device signs it. Of two endorsements of one proposal
   * (its signature sent twice at once), the first kept is the one both are answered with, since the
   * device signs the transaction it was shown.
   */
  PendingTransaction endorsed(PendingTransaction pending, Unsigned transaction) {
    return byTxId.compute(
        pending.txId(),
        (txId, current) ->
            current != null && current.isEndorsed() ? current : pending.endorsed(transaction));
  }

  /** Forgets a write that committed, or that can never commit. */
  void forget(String txId) {
    byTxId.remove(txId);
  }
}
