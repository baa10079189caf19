package org.fitledger.gateway.index;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event payload {@code {"changes":[{"kind":"ticket","record":{...}}]}} into its changes,
 * in write order. Numbers are kept as decimals so that a record's text survives the index.
 *
 * <p>{@code Changes.parse(event.payload())}
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
   * @return its changes
   * @throws IllegalArgumentException if it is not JSON of that shape
   */
  public static List<Change> parse(String payload) {
    JsonNode root;
    try {
      root = READER.readTree(payload);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the payload is not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode changes = root == null ? null : root.get("changes");
    if (changes == null || !changes.isArray()) {
      throw new IllegalArgumentException("the payload has no \"changes\" array");
    }
    List<Change> parsed = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      JsonNode change = changes.get(i);
      JsonNode kind = change.get("kind");
      JsonNode record = change.get("record");
      if (kind == null || !kind.isString() || record == null || !record.isObject()) {
        throw new IllegalArgumentException("changes[" + i + "] needs a kind and a record object");
      }
      parsed.add(new Change(kind.stringValue(), record));
    }
    return parsed;
  }
}
