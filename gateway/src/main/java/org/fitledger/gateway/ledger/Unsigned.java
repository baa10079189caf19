package org.fitledger.gateway.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Fabric message prepared for its signer, who signs it on their own device: a proposal, or an
 * endorsed transaction.
 *
 * <ul>
 *   <li>{@link #message} is what the signer reads and signs: a {@code protos.Proposal}, or the
 *       {@code protos.Payload} of a transaction's envelope. Signing it with ECDSA over SHA-256 is
 *       signing its {@link #digest}.
 *   <li>{@link #serialized} is what the ledger needs to send it on once signed (fabric-gateway's
 *       serialized proposal or transaction, which holds the message).
 * </ul>
 *
 * <p>{@code Unsigned proposal = ledger.prepare(person, "recordPatrol", json);}
 *
 * @param txId the transaction id (64 hex digits)
 * @param message what the signer signs
 * @param serialized the message as the ledger sends it on
 */
public record Unsigned(String txId, byte[] message, byte[] serialized) {

  /** Checks that no component is null, and copies the bytes. */
  public Unsigned {
    Objects.requireNonNull(txId, "txId");
    message = message.clone();
    serialized = serialized.clone();
  }

  @Override
  public byte[] message() {
    return message.clone();
  }

  @Override
  public byte[] serialized() {
    return serialized.clone();
  }

  /** The SHA-256 digest of the message, for signers that sign digests. */
  public byte[] digest() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(message);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unsigned that
        && txId.equals(that.txId)
        && Arrays.equals(message, that.message)
        && Arrays.equals(serialized, that.serialized);
  }

  @Override
  public int hashCode() {
    return Objects.hash(txId, Arrays.hashCode(message), Arrays.hashCode(serialized));
  }

  @Override
  public String toString() {
    return "Unsigned[" + txId + ", " + message.length + " bytes to sign]";
  }
}
