package org.fitledger.gateway.write;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.fitledger.gateway.ledger.Unsigned;
import org.springframework.http.ResponseEntity;

/**
 * What a device is asked to sign: a transaction's proposal, then the transaction its peers
 * endorsed. The device reads {@code message} itself (a {@code protos.Proposal}, or a transaction
 * envelope's {@code protos.Payload}), checks that it says what the person entered, and signs it.
 *
 * @param transactionId the transaction id
 * @param sign {@code PROPOSAL} or {@code TRANSACTION}
 * @param function the chaincode function, as the gateway says it (the message is what counts)
 * @param arguments its arguments, as the gateway says them (the message is what counts)
 * @param message the bytes to sign, base64
 * @param digest their SHA-256, base64, for signers that sign digests
 * @param signatureUrl where the signature goes
 * @param expiresAt when the gateway forgets the transaction unless it was signed
 */
@Schema(name = "ToSign")
public record ToSign(
    String transactionId,
    @Schema(allowableValues = {"PROPOSAL", "TRANSACTION"}) String sign,
    String function,
    List<String> arguments,
    String message,
    String digest,
    String signatureUrl,
    Instant expiresAt) {

  /** The answer that asks for this signature: 202, with its URL as the Location. */
  ResponseEntity<ToSign> accepted() {
    return ResponseEntity.accepted().location(URI.create(signatureUrl)).body(this);
  }

  /** The proposal of {@code pending}, to sign. */
  static ToSign proposal(PendingTransaction pending) {
    return of(pending, "PROPOSAL", pending.proposal(), "proposal-signature");
  }

  /** The endorsed transaction of {@code pending}, to sign. */
  static ToSign transaction(PendingTransaction pending) {
    return of(pending, "TRANSACTION", pending.transaction(), "transaction-signature");
  }

  private static ToSign of(PendingTransaction pending, String sign, Unsigned what, String step) {
    Base64.Encoder base64 = Base64.getEncoder();
    return new ToSign(
        pending.txId(),
        sign,
        pending.function(),
        pending.arguments(),
        base64.encodeToString(what.message()),
        base64.encodeToString(what.digest()),
        SigningController.PATH + "/" + pending.txId() + "/" + step,
        pending.expiresAt());
  }
}
