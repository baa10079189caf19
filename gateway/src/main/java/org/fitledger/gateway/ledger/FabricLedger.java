package org.fitledger.gateway.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.fitledger.gateway.people.Person;
import org.fitledger.model.error.ErrorCode;
import org.hyperledger.fabric.client.Commit;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@link LedgerPort} over the Fabric Gateway client, with the retry that is safe at each stage:
 *
 * <ul>
 *   <li>an endorsement that found no peer is asked again;
 *   <li>one refused because a record was not found or was not in the state the step needs, or whose
 *       peers answered differently, is asked again after a short wait, since each org's peer
 *       commits a block on its own and the peer asked may not yet have the block that wrote the
 *       record or its last step (a contractor acknowledging a ticket the moment it opened, an
 *       inspector verifying a repair the moment it was confirmed), by at most {@link #LAG_WAITERS}
 *       requests at once;
 *   <li>a signed transaction the orderer did not take is resubmitted unchanged, after 0.5, 1 and 2
 *       s (a Raft election takes about 5 s);
 *   <li>a transaction whose commit status did not come within its deadline is resubmitted unchanged
 *       too, since the orderer that took it may have failed before the others had it;
 *   <li>a transaction committed as an MVCC or phantom read conflict is proposed anew, a few times.
 * </ul>
 *
 * A transaction resubmitted unchanged can never commit twice: a second copy of a committed
 * transaction is invalid (DUPLICATE_TXID), and its commit status is the first copy's. Nothing of a
 * refused endorsement reaches the ledger, so asking again is harmless. An endorsement that writes
 * nothing (a record sent again, answered from the state the chaincode read) is not sent for
 * ordering. All of one write's calls and waits share its {@link WriteBudget}: once it is spent, the
 * write answers {@code LEDGER_UNAVAILABLE}, and the client sends it again.
 */
@Component
class FabricLedger implements LedgerPort {
  private static final Logger log = LoggerFactory.getLogger(FabricLedger.class);
  static final int PROPOSALS = 3;
  static final int ENDORSE_ATTEMPTS = 2;

  /**
   * Endorsements refused for a missing record or a state the step needs, or whose peers disagree:
   * the first and then after 200, 400, 800 and 1,600 ms. A peer that lost its orderer catches up
   * within a few seconds of finding another.
   */
  static final int STATE_ATTEMPTS = 5;

  static final Duration STATE_FIRST_WAIT = Duration.ofMillis(200);

  /**
   * How many requests may wait for a lagging peer at once. A refusal for a missing record or an
   * unreachable step is usually the ledger's last word, so beyond these a refusal is answered at
   * once: requests for ids that do not exist cannot hold every request thread for the waits.
   */
  static final int LAG_WAITERS = 16;

  private static final Set<ErrorCode> STATE_MAY_LAG =
      Set.of(
          ErrorCode.EQUIPMENT_NOT_FOUND,
          ErrorCode.PATROL_NOT_FOUND,
          ErrorCode.CONTRACT_NOT_FOUND,
          ErrorCode.TICKET_NOT_FOUND,
          ErrorCode.REPORT_NOT_FOUND,
          ErrorCode.INVALID_TRANSITION);
  static final int SUBMIT_ATTEMPTS = 4;
  static final Duration SUBMIT_FIRST_WAIT = Duration.ofMillis(500);
  static final int STATUS_ATTEMPTS = 4;
  private static final Set<TxValidationCode> CONFLICTS =
      Set.of(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT);

  private final Gateways gateways;
  private final NetworkConfig network;
  private final LedgerTimeouts timeouts;
  private final Semaphore lagWaits;

  @Autowired
  FabricLedger(Gateways gateways, NetworkConfig network, LedgerTimeouts timeouts) {
    this(gateways, network, timeouts, LAG_WAITERS);
  }

  FabricLedger(Gateways gateways, NetworkConfig network, LedgerTimeouts timeouts, int lagWaiters) {
    this.gateways = gateways;
    this.network = network;
    this.timeouts = timeouts;
    this.lagWaits = new Semaphore(lagWaiters);
  }

  @Override
  public Submitted submit(Person person, String transaction, String... arguments) {
    return submit(person, true, transaction, Map.of(), arguments);
  }

  @Override
  public Submitted write(Person person, String transaction, String... arguments) {
    return submit(person, false, transaction, Map.of(), arguments);
  }

  @Override
  public Submitted submitPrivate(
      Person person, String transaction, Map<String, String> transientData, String... arguments) {
    return submit(person, true, transaction, transientData, arguments);
  }

  private Submitted submit(
      Person person,
      boolean orderUnchanged,
      String transaction,
      Map<String, String> transientData,
      String... arguments) {
    if (!gateways.signsFor(person)) {
      throw LedgerException.signatureRequired(person);
    }
    WriteBudget budget = WriteBudget.of(timeouts.write());
    for (int proposal = 1; ; proposal++) {
      Transaction endorsed =
          endorse(proposal(person, transaction, transientData, arguments), budget);
      // Read before ordering, so that an answer the gateway cannot read is never committed.
      EndorsedAnswer answer = new EndorsedAnswer(endorsed, network.chaincode());
      String result = answer.text();
      if (!orderUnchanged && answer.changesNothing()) {
        return Submitted.unchanged(result);
      }
      Status status = commit(endorsed, submitted -> submitted, budget);
      if (status.isSuccessful()) {
        return new Submitted(status.getTransactionId(), status.getBlockNumber(), result);
      }
      if (!CONFLICTS.contains(status.getCode()) || proposal >= PROPOSALS) {
        throw LedgerErrors.commitFailed(status.getTransactionId(), status.getCode().name());
      }
      if (!budget.hasTimeLeft()) {
        throw LedgerErrors.outOfTime(status.getTransactionId(), timeouts.write());
      }
      log.info(
          "{} {} committed as {}; proposing again ({}/{})",
          transaction,
          status.getTransactionId(),
          status.getCode(),
          proposal + 1,
          PROPOSALS);
    }
  }

  @Override
  public boolean signsOnDevice(Person person) {
    return !gateways.signsFor(person);
  }

  @Override
  public Unsigned prepare(Person person, String transaction, String... arguments) {
    Proposal proposal = proposal(person, transaction, Map.of(), arguments);
    return SignedMessages.proposal(proposal.getTransactionId(), proposal.getBytes());
  }

  @Override
  public Endorsement endorse(
      Person person, byte[] proposal, byte[] signature, boolean orderUnchanged) {
    byte[] checked =
        ClientSignatures.verified(
            gateways.certificate(person), SignedMessages.ofProposal(proposal), signature);
    Transaction endorsed =
        endorse(
            gateways.of(person).newSignedProposal(proposal, checked),
            WriteBudget.of(timeouts.write()));
    EndorsedAnswer answer = new EndorsedAnswer(endorsed, network.chaincode());
    String result = answer.text();
    if (!orderUnchanged && answer.changesNothing()) {
      return new Endorsement(null, result);
    }
    return new Endorsement(
        SignedMessages.transaction(endorsed.getTransactionId(), endorsed.getBytes()), result);
  }

  @Override
  public Submitted commit(Person person, byte[] transaction, byte[] signature) {
    byte[] checked =
        ClientSignatures.verified(
            gateways.certificate(person), SignedMessages.ofTransaction(transaction), signature);
    Transaction endorsed = gateways.of(person).newSignedTransaction(transaction, checked);
    String result = new EndorsedAnswer(endorsed, network.chaincode()).text();
    Status status =
        commit(
            endorsed,
            submitted ->
                gateways.commitStatus(person, network.channel(), submitted.getTransactionId()),
            WriteBudget.of(timeouts.write()));
    if (!status.isSuccessful()) {
      throw LedgerErrors.commitFailed(status.getTransactionId(), status.getCode().name());
    }
    return new Submitted(status.getTransactionId(), status.getBlockNumber(), result);
  }

  @Override
  public String evaluate(Person person, String transaction, String... arguments) {
    try {
      // A person the gateway cannot sign for is read for under its own reader identity: a query
      // changes nothing, and the caller checked what the person may see before asking.
      Gateway reader = gateways.signsFor(person) ? gateways.of(person) : gateways.reader(person);
      byte[] result =
          proposal(reader, transaction, Map.of(), arguments)
              .evaluate(LedgerTimeouts.within(timeouts.evaluate()));
      return new String(result, StandardCharsets.UTF_8);
    } catch (GatewayException e) {
      throw LedgerErrors.of(e, null);
    }
  }

  private Transaction endorse(Proposal proposal, WriteBudget budget) {
    int unavailable = 0;
    int stateRefusals = 0;
    boolean waiting = false;
    try {
      while (true) {
        try {
          return proposal.endorse(budget.within(timeouts.endorse()));
        } catch (EndorseException e) {
          LedgerException failure = LedgerErrors.endorseFailed(e);
          Duration wait = STATE_FIRST_WAIT.multipliedBy(1L << stateRefusals);
          if (LedgerErrors.isUnavailable(e)
              && ++unavailable < ENDORSE_ATTEMPTS
              && budget.hasTimeLeft()) {
            log.info(
                "endorsing {} failed ({}); asking again", e.getTransactionId(), failure.code());
          } else if (mayLag(e, failure)
              && ++stateRefusals < STATE_ATTEMPTS
              && budget.allows(wait)
              && (waiting || (waiting = lagWaits.tryAcquire()))) {
            log.info(
                "endorsing {} was refused ({}); asking again in {} ms, in case a peer" + " lags",
                e.getTransactionId(),
                failure.code(),
                wait.toMillis());
            pause(wait);
          } else {
            throw failure;
          }
        }
      }
    } finally {
      if (waiting) {
        lagWaits.release();
      }
    }
  }

  /** Whether a refusal may come from a peer that has not yet committed the latest blocks. */
  private static boolean mayLag(EndorseException e, LedgerException failure) {
    return STATE_MAY_LAG.contains(failure.code()) || LedgerErrors.peersDisagree(e);
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to ask the ledger again", e);
    }
  }

  private SubmittedTransaction submit(Transaction transaction, WriteBudget budget) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.submitAsync(budget.within(timeouts.submit()));
      } catch (SubmitException e) {
        Duration wait = SUBMIT_FIRST_WAIT.multipliedBy(1L << (attempt - 1));
        if (attempt >= SUBMIT_ATTEMPTS || !budget.allows(wait)) {
          throw LedgerErrors.of(e, e.getTransactionId());
        }
        log.info(
            "submitting {} failed ({}); resubmitting it in {} ms",
            e.getTransactionId(),
            e.getStatus(),
            wait.toMillis());
        pause(wait);
      }
    }
  }

  /**
   * Submits a transaction and waits for its commit, resubmitting it unchanged while none comes.
   * {@code statusRequest} makes the commit status request: the submitted transaction's own, signed
   * by the gateway's copy of the submitter's key, or, for a transaction signed on the submitter's
   * device, one under the indexer's identity ({@link Gateways#commitStatus}), since the gateway has
   * no key of theirs to sign it with.
   */
  private Status commit(
      Transaction endorsed,
      Function<SubmittedTransaction, Commit> statusRequest,
      WriteBudget budget) {
    Commit status = statusRequest.apply(submit(endorsed, budget));
    for (int attempt = 1; ; attempt++) {
      try {
        return status.getStatus(budget.within(timeouts.commitStatus()));
      } catch (CommitStatusException e) {
        if (attempt >= STATUS_ATTEMPTS || !budget.hasTimeLeft()) {
          throw LedgerErrors.of(e, e.getTransactionId());
        }
        log.info(
            "no commit status of {} ({}); resubmitting the same transaction",
            e.getTransactionId(),
            e.getStatus());
        status = statusRequest.apply(submit(endorsed, budget));
      }
    }
  }

  private Proposal proposal(
      Person person, String transaction, Map<String, String> transientData, String... arguments) {
    return proposal(gateways.of(person), transaction, transientData, arguments);
  }

  private Proposal proposal(
      Gateway gateway, String transaction, Map<String, String> transientData, String... arguments) {
    Proposal.Builder builder =
        gateway
            .getNetwork(network.channel())
            .getContract(network.chaincode())
            .newProposal(transaction)
            .addArguments(arguments);
    transientData.forEach(builder::putTransient);
    List<String> endorsers = Endorsers.of(transaction);
    if (!endorsers.isEmpty()) {
      builder.setEndorsingOrganizations(endorsers.toArray(new String[0]));
    }
    return builder.build();
  }
}
