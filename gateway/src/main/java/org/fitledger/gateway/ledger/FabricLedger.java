package org.fitledger.gateway.ledger;

import java.nio.charset.StandardCharsets;
import org.fitledger.gateway.people.Person;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.TransactionException;
import org.springframework.stereotype.Component;

/** The {@link LedgerPort} over the Fabric Gateway client. */
@Component
class FabricLedger implements LedgerPort {
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
    Proposal proposal = proposal(person, transaction, arguments);
    try {
      SubmittedTransaction submitted =
          proposal
              .endorse(LedgerTimeouts.within(timeouts.endorse()))
              .submitAsync(LedgerTimeouts.within(timeouts.submit()));
      Status status = submitted.getStatus(LedgerTimeouts.within(timeouts.commitStatus()));
      if (!status.isSuccessful()) {
        throw LedgerErrors.commitFailed(status.getTransactionId(), status.getCode().name());
      }
      return new Submitted(
          status.getTransactionId(),
          status.getBlockNumber(),
          new String(submitted.getResult(), StandardCharsets.UTF_8));
    } catch (TransactionException e) {
      throw LedgerErrors.of(e, e.getTransactionId());
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

  private Proposal proposal(Person person, String transaction, String... arguments) {
    return gateways
        .of(person)
        .getNetwork(network.channel())
        .getContract(network.chaincode())
        .newProposal(transaction)
        .addArguments(arguments)
        .build();
  }
}
