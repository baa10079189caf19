package org.fitledger.gateway.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fitledger.model.ledger.WrittenRecords;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a transaction's changes, in write order, from its event payload {@code
 * {"changes":[{"kind":"ticket","id":"T-1"}]}}, each record read from what the transaction wrote
 * (see {@code WrittenRecords} of the model). An older chaincode's payload carried the records
 * themselves, {@code {"kind":"ticket","record":{...}}}; both are read. Numbers are kept as decimals
 * so that a record's text survives the index.
 *
 * <p>{@code Changes.parse(event.payload(), event.written())}
 */
public final class Changes {
  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build()
          .reader();

  private Changes() {}

  /**
   * One record a transaction wrote.
   *
   * @param kind e.g. {@code equipment}, {@code contract}, {@code patrol}, {@code ticket}, {@code
   *     settings}
   * @param record the stored record
   */
  public record Change(String kind, JsonNode record) {}

  /**
   * Parses a payload.
   *
   * @param payload the event payload
   * @param written the values the transaction wrote, by world-state key
   * @return its changes
   * @throws IllegalArgumentException if it is not JSON of that shape, or names a record that is not
   *     a JSON object the transaction wrote
   */
  public static List<Change> parse(String payload, Map<String, String> written) {
    JsonNode changes = read(payload, "the payload").get("changes");
    if (changes == null || !changes.isArray()) {
      throw new IllegalArgumentException("the payload has no \"changes\" array");
    }
    List<Change> parsed = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      JsonNode change = changes.get(i);
      JsonNode kind = change.get("kind");
      if (kind == null || !kind.isString()) {
        throw new IllegalArgumentException("changes[" + i + "] needs a kind");
      }
      JsonNode record =
          change.has("id")
              ? written(kind.stringValue(), change.get("id"), i, written)
              : change.get("record");
      if (record == null || !record.isObject()) {
        throw new IllegalArgumentException(
            "changes[" + i + "] needs a record object or the id of one the transaction wrote");
      }
      parsed.add(new Change(kind.stringValue(), record));
    }
    return parsed;
  }

  /** The record of {@code kind} and {@code id} that the transaction wrote. */
  private static JsonNode written(String kind, JsonNode id, int i, Map<String, String> written) {
    if (!id.isString()) {
      throw new IllegalArgumentException("changes[" + i + "] has an id that is not a string");
    }
    String text = written.get(WrittenRecords.key(kind, id.stringValue()));
    if (text == null) {
      throw new IllegalArgumentException(
          "changes[" + i + "] names " + kind + " " + id.stringValue() + ", which it did not write");
    }
    return read(text, "changes[" + i + "]'s record");
  }

  private static JsonNode read(String json, String what) {
    try {
      JsonNode node = READER.readTree(json);
      if (node == null) {
        throw new IllegalArgumentException(what + " is empty");
      }
      return node;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
