package org.fitledger.gateway.ledger;

import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.fitledger.model.ledger.WrittenRecords;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an endorsed transaction answers. A record the transaction writes is named in its answer
 * ({@code {"written":{"kind":"patrol","id":"P-1"}}}) and read here from its write set, so that the
 * record travels in the transaction once; any other answer is the result as it is. The endorsed
 * transaction is parsed only when its writes are asked for.
 *
 * <p>{@code new EndorsedAnswer(endorsed, "fitledger").text()}
 */
public final class EndorsedAnswer {
  private static final String REFERENCE_START = "{\"" + WrittenRecords.ANSWER_FIELD + "\":";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Transaction endorsed;
  private final String chaincode;
  private List<ChaincodeAction> actions;

  /** The answer of {@code endorsed}, a transaction of {@code chaincode}. */
  public EndorsedAnswer(Transaction endorsed, String chaincode) {
    this.endorsed = endorsed;
    this.chaincode = chaincode;
  }

  /** Whether the transaction would change nothing; see {@link WriteSets#changesNothing}. */
  boolean changesNothing() {
    return WriteSets.changesNothing(actions());
  }

  /**
   * The answer as UTF-8 text: the record it names, or the result itself.
   *
   * @throws IllegalStateException if it names a record that the transaction does not write
   */
  public String text() {
    String result = new String(endorsed.getResult(), StandardCharsets.UTF_8);
    return writtenKey(result).map(this::written).orElse(result);
  }

  /** The key of the record an answer names, if it names one. */
  private static Optional<String> writtenKey(String result) {
    if (!result.startsWith(REFERENCE_START)) {
      return Optional.empty();
    }
    try {
      JsonNode reference = JSON.readTree(result).get(WrittenRecords.ANSWER_FIELD);
      JsonNode kind = reference.get("kind");
      JsonNode id = reference.get("id");
      if (kind == null || !kind.isString() || id == null || !id.isString()) {
        throw new IllegalStateException("the chaincode answered a malformed reference: " + result);
      }
      return Optional.of(WrittenRecords.key(kind.stringValue(), id.stringValue()));
    } catch (JacksonException e) {
      throw new IllegalStateException("the chaincode answered a malformed reference: " + result, e);
    }
  }

  private String written(String key) {
    try {
      for (ChaincodeAction action : actions()) {
        String value = WriteSets.values(action, chaincode).get(key);
        if (value != null) {
          return value;
        }
      }
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a prepared transaction", e);
    }
    throw new IllegalStateException(
        "transaction " + endorsed.getTransactionId() + " names a record it does not write");
  }

  private List<ChaincodeAction> actions() {
    if (actions == null) {
      actions = WriteSets.actions(endorsed.getBytes());
    }
    return actions;
  }
}
