package org.fitledger.gateway.index;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ledger records as JSON text and back, keeping field order and the text of numbers, plus null-safe
 * field access for the index's columns.
 *
 * <p>{@code RecordJson.text(ticket, "state")}
 */
public final class RecordJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  // Records are read into the model's types as the ledger wrote them; a field a later chaincode
  // adds is passed over rather than refused.
  private static final JsonMapper RECORDS =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private RecordJson() {}

  /** A stored record as the model's {@code type}; a record of another shape is refused. */
  public static <T> T decode(JsonNode record, Class<T> type) {
    return RECORDS.treeToValue(record, type);
  }

  /** The record as compact JSON text, in its own field order. */
  public static String write(JsonNode record) {
    return MAPPER.writeValueAsString(record);
  }

  /** A stored record, parsed. */
  public static ObjectNode read(String json) {
    return (ObjectNode) MAPPER.readTree(json);
  }

  /** A string field, or null when absent or JSON null. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  /** A boolean field, false when absent. */
  public static boolean flag(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.asBoolean(false);
  }

  /** An integer field, or null when absent or JSON null. */
  public static Integer integer(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asInt();
  }

  /** A Boolean field that may be null. */
  public static Boolean nullableFlag(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asBoolean();
  }
}
