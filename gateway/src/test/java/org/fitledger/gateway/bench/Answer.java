package org.fitledger.gateway.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's answer to one request, or the failure that stood in for it.
 *
 * @param status the HTTP status, 0 when no answer arrived
 * @param body the body, or the failure's description when no answer arrived
 */
record Answer(int status, String body) {
  private static final String BLOCK_NUMBER = "\"blockNumber\":";

  static Answer failed(Exception e) {
    return new Answer(0, e.getClass().getSimpleName());
  }

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The error as {@code <status> <code>} (the gateway's error code), or the failure's name. */
  String error() {
    if (status == 0) {
      return "no answer: " + body;
    }
    try {
      JsonNode code = JsonMapper.shared().readTree(body).get("code");
      return status + " " + (code == null ? "-" : code.asString());
    } catch (RuntimeException e) {
      return status + " (no JSON)";
    }
  }

  /** The top-level {@code blockNumber} of a write's answer, or -1. */
  long blockNumber() {
    int at = body.indexOf(BLOCK_NUMBER);
    if (at < 0) {
      return -1;
    }
    int from = at + BLOCK_NUMBER.length();
    int to = from;
    while (to < body.length() && Character.isDigit(body.charAt(to))) {
      to++;
    }
    return to == from ? -1 : Long.parseLong(body.substring(from, to));
  }

  JsonNode json() {
    return JsonMapper.shared().readTree(body);
  }
}
