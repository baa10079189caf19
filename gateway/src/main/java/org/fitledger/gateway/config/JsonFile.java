package org.fitledger.gateway.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A parsed JSON configuration file whose accessors fail with a {@link ConfigFileException} naming
 * the file and the field.
 *
 * <pre>{@code
 * JsonFile file = JsonFile.read(Path.of("/etc/network.json"), "network file");
 * String channel = file.text(file.root(), "channel", "");
 * }</pre>
 */
public final class JsonFile {
  private final String what;
  private final Path file;
  private final JsonNode root;

  private JsonFile(String what, Path file, JsonNode root) {
    this.what = what;
    this.file = file;
    this.root = root;
  }

  /**
   * Reads and parses a JSON object.
   *
   * @param file the file
   * @param what how messages name it, e.g. "people file"
   * @return the parsed file
   */
  public static JsonFile read(Path file, String what) {
    String content;
    try {
      content = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigFileException(what + " " + file + ": cannot be read (" + e + ")", e);
    }
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(content);
    } catch (JacksonException e) {
      throw new ConfigFileException(
          what + " " + file + ": is not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    JsonFile parsed = new JsonFile(what, file, root);
    if (root == null || !root.isObject()) {
      throw parsed.error("", "the top level must be a JSON object");
    }
    return parsed;
  }

  /** The top-level object. */
  public JsonNode root() {
    return root;
  }

  /**
   * A required, non-blank string field.
   *
   * @param node the object holding the field
   * @param field the field name
   * @param where the object's place in the file, e.g. "people[1]", or "" for the top level
   */
  public String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw error(join(where, field), "is missing");
    }
    if (!value.isString() || value.stringValue().isBlank()) {
      throw error(join(where, field), "must be a non-empty string");
    }
    return value.stringValue();
  }

  /** A required field naming a readable file; a relative path is taken from this file's folder. */
  public Path readableFile(JsonNode node, String field, String where) {
    Path path = Path.of(text(node, field, where));
    Path resolved = file.toAbsolutePath().resolveSibling(path);
    if (!Files.isRegularFile(resolved) || !Files.isReadable(resolved)) {
      throw error(join(where, field), "names " + resolved + ", which is not a readable file");
    }
    return resolved;
  }

  /**
   * A required JSON object field.
   *
   * @param node the object holding the field
   * @param field the field name
   * @param where the object's place in the file
   */
  public JsonNode object(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw error(join(where, field), "must be a JSON object");
    }
    return value;
  }

  /**
   * A required, non-empty JSON array field.
   *
   * @param node the object holding the field
   * @param field the field name
   * @param where the object's place in the file
   */
  public JsonNode array(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray() || value.isEmpty()) {
      throw error(join(where, field), "must be a non-empty JSON array");
    }
    return value;
  }

  /**
   * An error naming this file and a field.
   *
   * @param where the field's place in the file, or "" for the file as a whole
   * @param problem what is wrong with it
   */
  public ConfigFileException error(String where, String problem) {
    String place = where.isEmpty() ? "" : where + " ";
    return new ConfigFileException(what + " " + file + ": " + place + problem);
  }

  /** The place of a field inside an object, e.g. {@code join("people[0]", "mspId")}. */
  public static String join(String where, String field) {
    return where.isEmpty() ? field : where + "." + field;
  }
}
