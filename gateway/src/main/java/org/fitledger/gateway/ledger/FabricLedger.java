package org.fitledger.gateway.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.fitledger.gateway.people.Person;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@link LedgerPort} over the Fabric Gateway client, with the retry that is safe at each stage:
 * an endorsement that found no peer is asked again; a signed transaction the orderer did not take
 * is resubmitted unchanged; a commit status that did not arrive is asked again; a transaction
 * committed as an MVCC or phantom read conflict is proposed anew, a few times.
 */
@Component
class FabricLedger implements LedgerPort {
  private static final Logger log = LoggerFactory.getLogger(FabricLedger.class);
  static final int PROPOSALS = 3;
  static final int ENDORSE_ATTEMPTS = 2;
  static final int SUBMIT_ATTEMPTS = 3;
  static final int STATUS_ATTEMPTS = 3;
  private static final Set<TxValidationCode> CONFLICTS =
      Set.of(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT);

  private final Gateways gateways;
  private final NetworkConfig network;
  private final LedgerTimeouts timeouts;

  FabricLedger(Gateways gateways, NetworkConfig network, LedgerTimeouts timeouts) {
    this.gateways = gateways;
    this.network = network;
    this.timeouts = timeouts;
  }

  @Override
  public Submitted submit(Person person, String transaction, String... arguments) {
    for (int proposal = 1; ; proposal++) {
      Transaction endorsed = endorse(proposal(person, transaction, arguments));
      Status status = status(submit(endorsed));
      if (status.isSuccessful()) {
        return new Submitted(
            status.getTransactionId(),
            status.getBlockNumber(),
            new String(endorsed.getResult(), StandardCharsets.UTF_8));
      }
      if (!CONFLICTS.contains(status.getCode()) || proposal >= PROPOSALS) {
        throw LedgerErrors.commitFailed(status.getTransactionId(), status.getCode().name());
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
  public String evaluate(Person person, String transaction, String... arguments) {
    try {
      byte[] result =
          proposal(person, transaction, arguments)
              .evaluate(LedgerTimeouts.within(timeouts.evaluate()));
      return new String(result, StandardCharsets.UTF_8);
    } catch (GatewayException e) {
      throw LedgerErrors.of(e, null);
    }
  }

  private Transaction endorse(Proposal proposal) {
    for (int attempt = 1; ; attempt++) {
      try {
        return proposal.endorse(LedgerTimeouts.within(timeouts.endorse()));
      } catch (EndorseException e) {
        LedgerException failure = LedgerErrors.endorseFailed(e);
        if (!LedgerErrors.isUnavailable(e) || attempt >= ENDORSE_ATTEMPTS) {
          throw failure;
        }
        log.info("endorsing {} failed ({}); asking again", e.getTransactionId(), failure.code());
      }
    }
  }

  private SubmittedTransaction submit(Transaction transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.submitAsync(LedgerTimeouts.within(timeouts.submit()));
      } catch (SubmitException e) {
        if (attempt >= SUBMIT_ATTEMPTS) {
          throw LedgerErrors.of(e, e.getTransactionId());
        }
        log.info("submitting {} failed ({}); resubmitting it", e.getTransactionId(), e.getStatus());
      }
    }
  }

  private Status status(SubmittedTransaction submitted) {
    for (int attempt = 1; ; attempt++) {
      try {
        return submitted.getStatus(LedgerTimeouts.within(timeouts.commitStatus()));
      } catch (CommitStatusException e) {
        if (attempt >= STATUS_ATTEMPTS) {
          throw LedgerErrors.of(e, e.getTransactionId());
        }
        log.info("no commit status of {} ({}); asking again", e.getTransactionId(), e.getStatus());
      }
    }
  }

  private Proposal proposal(Person person, String transaction, String... arguments) {
    Proposal.Builder builder =
        gateways
            .of(person)
            .getNetwork(network.channel())
            .getContract(network.chaincode())
            .newProposal(transaction)
            .addArguments(arguments);
    List<String> endorsers = Endorsers.of(transaction);
    if (!endorsers.isEmpty()) {
      builder.setEndorsingOrganizations(endorsers.toArray(new String[0]));
    }
    return builder.build();
  }
}
