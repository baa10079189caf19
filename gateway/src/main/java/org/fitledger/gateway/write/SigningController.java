package org.fitledger.gateway.write;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.function.Supplier;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.ledger.Endorsement;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.model.error.ErrorCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second and third steps of a write signed on the person's own device. The first is the write
 * itself, sent with {@code Fitledger-Signing: device}: it answers 202 with the proposal to sign.
 *
 * <ol>
 *   <li>{@code POST …/{txId}/proposal-signature}: the peers endorse the signed proposal, and the
 *       answer is 202 with the endorsed transaction to sign (or, for a record the ledger already
 *       holds, the write's own answer at once);
 *   <li>{@code POST …/{txId}/transaction-signature}: the signed transaction is ordered, and once it
 *       committed and the index holds its block, the answer is the write's own (200, or 201 with
 *       its Location).
 * </ol>
 *
 * Each step may be sent again with the same signature: a proposal endorsed already answers its
 * transaction again, and a transaction sent again commits once at most.
 */
@RestController
@RequestMapping(SigningController.PATH)
@Tag(name = "signing")
class SigningController {
  static final String PATH = "/api/v1/transactions";

  private final PendingSignatures pending;
  private final LedgerPort ledger;

  SigningController(PendingSignatures pending, LedgerPort ledger) {
    this.pending = pending;
    this.ledger = ledger;
  }

  @PostMapping("/{txId}/proposal-signature")
  @Operation(
      summary =
          "Sign a write's proposal on your device: the peers endorse it, and the transaction to"
              + " sign comes back")
  @ApiResponse(
      responseCode = "202",
      description = "endorsed: sign the transaction next",
      content = @Content(schema = @Schema(implementation = ToSign.class)))
  @ApiResponse(
      responseCode = "200",
      description = "the ledger held the record already: the write's own answer, nothing ordered")
  ResponseEntity<?> proposalSignature(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String txId,
      @RequestBody SignatureRequest request) {
    byte[] signature = request.validated();
    PendingTransaction write = pending.of(person, txId);
    if (write.isEndorsed()) {
      return ToSign.transaction(write).accepted();
    }
    Endorsement endorsement =
        ended(
            txId,
            () ->
                ledger.endorse(
                    person, write.proposal().serialized(), signature, write.orderUnchanged()));
    if (endorsement.toSign().isEmpty()) {
      pending.forget(txId);
      return write.answer().apply(Submitted.unchanged(endorsement.result()));
    }
    return ToSign.transaction(pending.endorsed(write, endorsement.toSign().get())).accepted();
  }

  @PostMapping("/{txId}/transaction-signature")
  @Operation(
      summary =
          "Sign a write's endorsed transaction on your device: it is ordered, and the write's own"
              + " answer comes back once it committed")
  @ApiResponse(
      responseCode = "200",
      description = "committed and indexed: the write's own answer (201 for a new record)")
  ResponseEntity<?> transactionSignature(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String txId,
      @RequestBody SignatureRequest request) {
    byte[] signature = request.validated();
    PendingTransaction write = pending.of(person, txId);
    if (!write.isEndorsed()) {
      throw new CodedException(
          ErrorCode.INVALID_INPUT,
          "transaction " + txId + " has not been endorsed yet: sign its proposal first");
    }
    Submitted committed =
        ended(txId, () -> ledger.commit(person, write.transaction().serialized(), signature));
    pending.forget(txId);
    return write.answer().apply(committed);
  }

  /**
   * Runs a step; a refusal that sending the same signature again cannot change ends the write, and
   * one that it may (the ledger did not answer, the signature did not verify) keeps it waiting.
   */
  private <T> T ended(String txId, Supplier<T> step) {
    try {
      return step.get();
    } catch (LedgerException e) {
      if (e.code() != ErrorCode.LEDGER_UNAVAILABLE && e.code() != ErrorCode.SIGNATURE_INVALID) {
        pending.forget(txId);
      }
      throw e;
    }
  }

  /**
   * A device's signature.
   *
   * @param signature the ECDSA signature of the message to sign, DER-encoded, base64
   */
  record SignatureRequest(String signature) {
    static final int MAX_LENGTH = 200;

    byte[] validated() {
      if (signature == null || signature.isBlank()) {
        throw new CodedException(ErrorCode.INVALID_INPUT, "signature is required");
      }
      if (signature.length() > MAX_LENGTH) {
        throw new CodedException(
            ErrorCode.INVALID_INPUT,
            "signature is longer than an ECDSA signature can be (" + MAX_LENGTH + " characters)");
      }
      try {
        return Base64.getDecoder().decode(signature);
      } catch (IllegalArgumentException e) {
        throw new CodedException(ErrorCode.INVALID_INPUT, "signature is not base64");
      }
    }
  }
}
