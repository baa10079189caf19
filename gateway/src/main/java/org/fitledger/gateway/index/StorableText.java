package org.fitledger.gateway.index;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The index's text policy: PostgreSQL stores any Unicode text except U+0000, and a Java string with
 * an unpaired surrogate has no UTF-8 form, so it would be stored changed. A record holding either,
 * in a value or a field name, is not stored (its transaction is quarantined) rather than stored
 * differently from the ledger or left to break the readers after it.
 *
 * <p>{@code StorableText.problem(record) // Optional[/inspections/0/notes: U+0000 at 5]}
 */
final class StorableText {
  private StorableText() {}

  /** The first place in a record that the index cannot store, if any, as {@code pointer: why}. */
  static Optional<String> problem(JsonNode record) {
    return problem(record, new ArrayDeque<>());
  }

  /**
   * The first problem under a node, at {@code path} (its field names and array positions as they
   * are): the pointer is spelt out only for a problem, as most records have none.
   */
  private static Optional<String> problem(JsonNode node, Deque<String> path) {
    if (node.isString()) {
      return problem(node.stringValue()).map(why -> pointer(path) + ": " + why);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.addLast(Integer.toString(i));
        Optional<String> found = problem(node.get(i), path);
        path.removeLast();
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        path.addLast(field.getKey());
        Optional<String> found =
            problem(field.getKey())
                .map(why -> pointer(path) + " (the field name): " + why)
                .or(() -> problem(field.getValue(), path));
        path.removeLast();
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** A path as a JSON pointer whose names are {@link #escaped}. */
  private static String pointer(Deque<String> path) {
    StringBuilder pointer = new StringBuilder();
    path.forEach(segment -> pointer.append('/').append(escaped(segment)));
    return pointer.toString();
  }

  /** Why a string cannot be stored, naming the first offending code unit and its position. */
  static Optional<String> problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Optional.of("U+0000 at " + i + ", which PostgreSQL text cannot hold");
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return Optional.of(unpaired(c, i));
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return Optional.of(unpaired(c, i));
      }
    }
    return Optional.empty();
  }

  /**
   * The text with every control character and surrogate written as {@code \\uXXXX}, so that it can
   * be stored and read whatever it held (for names and reasons about unstorable records).
   */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String unpaired(char c, int at) {
    return String.format("unpaired surrogate U+%04X at %d, which has no UTF-8 form", (int) c, at);
  }
}
