package org.fitledger.gateway.ledger;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;

/**
 * Finds in fabric-gateway's serialized proposals and transactions the message their signer signs:
 * the proposal's bytes, and the payload of the transaction's envelope.
 */
final class SignedMessages {

  private SignedMessages() {}

  /** A serialized proposal ({@code Proposal.getBytes()}) prepared for its signer. */
  static Unsigned proposal(String txId, byte[] serialized) {
    return new Unsigned(txId, ofProposal(serialized), serialized);
  }

  /** A serialized endorsed transaction ({@code Transaction.getBytes()}) prepared for its signer. */
  static Unsigned transaction(String txId, byte[] serialized) {
    return new Unsigned(txId, ofTransaction(serialized), serialized);
  }

  /** What the signer of a serialized proposal signs. */
  static byte[] ofProposal(byte[] serialized) {
    try {
      return ProposedTransaction.parseFrom(serialized)
          .getProposal()
          .getProposalBytes()
          .toByteArray();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a serialized proposal", e);
    }
  }

  /** What the signer of a serialized transaction signs. */
  static byte[] ofTransaction(byte[] serialized) {
    try {
      return PreparedTransaction.parseFrom(serialized).getEnvelope().getPayload().toByteArray();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a serialized transaction", e);
    }
  }
}
