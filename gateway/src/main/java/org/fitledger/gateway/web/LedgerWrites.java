package org.fitledger.gateway.web;

import java.net.URI;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.Person;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits a chaincode transaction as a person and answers once the index holds its block, with the
 * transaction id, the block number and the record the chaincode returned.
 *
 * <pre>{@code
 * return writes.created(person, "id", "registerEquipment", writes.json(request));
 * }</pre>
 */
@Component
public class LedgerWrites {
  private final LedgerPort ledger;
  private final IndexProgress progress;
  private final JsonMapper json;

  LedgerWrites(LedgerPort ledger, IndexProgress progress, JsonMapper json) {
    this.ledger = ledger;
    this.progress = progress;
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
    return ResponseEntity.ok(submit(person, transaction, arguments));
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
    Written<JsonNode> written = submit(person, transaction, arguments);
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{id}")
            .buildAndExpand(RecordJson.text(written.record(), "id"))
            .toUri();
    return ResponseEntity.created(location).body(written);
  }

  private Written<JsonNode> submit(Person person, String transaction, String... arguments) {
    Submitted submitted = ledger.submit(person, transaction, arguments);
    JsonNode record = RecordJson.read(submitted.result());
    progress.awaitProjected(submitted.blockNumber());
    return new Written<>(submitted.transactionId(), submitted.blockNumber(), record);
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
