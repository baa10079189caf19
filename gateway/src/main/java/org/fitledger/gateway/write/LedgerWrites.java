package org.fitledger.gateway.write;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.web.Written;
import org.fitledger.model.access.Writers;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.people.Role;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits a chaincode transaction as a person and answers once the index holds its block, with the
 * transaction id, the block number and the record the chaincode returned. A record sent again is
 * answered from the ledger's state, with the transaction and block that wrote it, and orders
 * nothing.
 *
 * <p>A request that asks to sign on the person's own device ({@link DeviceSigning#HEADER}) is
 * answered 202 with the proposal to sign instead; the same answer comes once the device has signed
 * the proposal and the transaction ({@link SigningController}).
 *
 * <pre>{@code
 * return writes.created(person, "id", "registerEquipment", writes.json(request));
 * }</pre>
 */
@Component
@Import(PendingSignatures.class)
public class LedgerWrites {
  private final LedgerPort ledger;
  private final IndexProgress progress;
  private final IndexedTransactions indexed;
  private final PendingSignatures pending;
  private final JsonMapper json;

  LedgerWrites(
      LedgerPort ledger,
      IndexProgress progress,
      IndexedTransactions indexed,
      PendingSignatures pending,
      JsonMapper json) {
    this.ledger = ledger;
    this.progress = progress;
    this.indexed = indexed;
    this.pending = pending;
    this.json = json;
  }

  /** A request body as the JSON argument of a chaincode function. */
  public String json(Object body) {
    return json.writeValueAsString(body);
  }

  /**
   * Submits, waits for the index, and answers 200.
   *
   * @param person who submits
   * @param transaction the chaincode function
   * @param arguments its arguments
   */
  public ResponseEntity<Written<JsonNode>> ok(
      Person person, String transaction, String... arguments) {
    return write(person, ResponseEntity::ok, transaction, arguments);
  }

  /**
   * Submits, waits for the index, and answers 201 with a Location of the current URI plus the
   * returned record's {@code id}.
   *
   * @param person who submits
   * @param transaction the chaincode function
   * @param arguments its arguments
   */
  public ResponseEntity<Written<JsonNode>> created(
      Person person, String transaction, String... arguments) {
    String here = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
    return write(
        person,
        written ->
            ResponseEntity.created(
                    UriComponentsBuilder.fromUriString(here)
                        .path("/{id}")
                        .buildAndExpand(RecordJson.text(written.record(), "id"))
                        .toUri())
                .body(written),
        transaction,
        arguments);
  }

  /**
   * Writes through the ledger, or, when the request asks to sign on the device, prepares the
   * proposal and keeps the answer for when the device has signed.
   */
  private ResponseEntity<Written<JsonNode>> write(
      Person person,
      Function<Written<JsonNode>, ResponseEntity<Written<JsonNode>>> answer,
      String transaction,
      String... arguments) {
    awaitDevice(
        person, false, submitted -> answer.apply(written(submitted)), transaction, arguments);
    return answer.apply(written(ledger.write(person, transaction, arguments)));
  }

  /**
   * When the request asks to sign on the device, prepares the proposal and keeps the answer for
   * when the device has signed; refuses a person whose key the gateway does not hold otherwise: as
   * one who may never make this write, or else as one who must sign it on their device.
   *
   * @throws SignatureRequired with the proposal to sign, for a request signed on the device
   * @throws CodedException {@code ACCESS_DENIED} for a person whose role never makes this write
   * @throws LedgerException {@code SIGNATURE_REQUIRED} for a person who signs on their device only
   */
  private void awaitDevice(
      Person person,
      boolean orderUnchanged,
      Function<Submitted, ? extends ResponseEntity<?>> answer,
      String transaction,
      String... arguments) {
    if (DeviceSigning.requested()) {
      throw pending.awaitProposalSignature(
          person,
          transaction,
          arguments,
          orderUnchanged,
          ledger.prepare(person, transaction, arguments),
          answer::apply);
    }
    if (ledger.signsOnDevice(person)) {
      if (Role.ofAttribute(person.role()).filter(r -> Writers.mayWrite(r, transaction)).isEmpty()) {
        throw new CodedException(
            ErrorCode.ACCESS_DENIED,
            "only "
                + Writers.of(transaction).stream()
                    .map(r -> r.attribute() + "s")
                    .sorted()
                    .collect(Collectors.joining(" or "))
                + " may "
                + transaction
                + "; "
                + person.username()
                + "'s role is "
                + person.role());
      }
      throw LedgerException.signatureRequired(person);
    }
  }

  private Written<JsonNode> written(Submitted submitted) {
    JsonNode record = RecordJson.read(submitted.result());
    if (submitted.changedNothing()) {
      return stored(record);
    }
    progress.awaitProjected(submitted.blockNumber());
    return new Written<>(submitted.txId(), submitted.blockNumber(), record);
  }

  /**
   * The answer to a write the ledger already held: the record with the transaction that last wrote
   * it and that transaction's block, as the first answer gave them.
   */
  private Written<JsonNode> stored(JsonNode record) {
    String txId = RecordJson.text(record, "txId");
    long block =
        indexed
            .awaitBlockOf(txId)
            .orElseThrow(
                () ->
                    new CodedException(
                        ErrorCode.LEDGER_UNAVAILABLE,
                        "the ledger holds this record already, from transaction "
                            + txId
                            + ", but the index does not have its block yet; send it again"));
    return new Written<>(txId, block, record);
  }

  /**
   * Submits a transaction that writes no record the index holds (a ping, a purge of private data)
   * and answers 200 with {@code answer} of it once it committed. It is ordered even when its
   * endorsement shows no public write: {@link #ok} would take that for a record sent again. Signed
   * on the device as {@link #ok} is.
   *
   * @param person who submits
   * @param answer the answer's body, from the committed transaction
   * @param transaction the chaincode function
   * @param arguments its arguments
   */
  public <T> ResponseEntity<T> ordered(
      Person person, Function<Submitted, T> answer, String transaction, String... arguments) {
    Function<Submitted, ResponseEntity<T>> ok =
        submitted -> ResponseEntity.ok(answer.apply(submitted));
    awaitDevice(person, true, ok, transaction, arguments);
    return ok.apply(ledger.submit(person, transaction, arguments));
  }

  /** The JSON a chaincode function answered. */
  public JsonNode result(Submitted submitted) {
    return json.readTree(submitted.result());
  }

  /**
   * Evaluates a query on the ledger and parses its JSON answer (histories, settings).
   *
   * @param person who asks
   * @param transaction the chaincode function
   * @param arguments its arguments
   */
  public JsonNode evaluate(Person person, String transaction, String... arguments) {
    return json.readTree(ledger.evaluate(person, transaction, arguments));
  }
}
