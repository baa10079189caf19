package org.fitledger.gateway.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Relative drill-down URLs with their query parameters, skipping null ones.
 *
 * <p>{@code Links.to("/api/v1/audit/coverage/overdue", "district", "SH/PD", "level", null)} is
 * {@code /api/v1/audit/coverage/overdue?district=SH/PD}.
 */
final class Links {
  private Links() {}

  /**
   * A URL.
   *
   * @param path the path, from {@code /api/v1/}
   * @param pairs parameter names and values, alternating; a null value leaves its name out
   */
  static String to(String path, Object... pairs) {
    List<String> query = new ArrayList<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        query.add(pairs[i] + "=" + encode(pairs[i + 1].toString()));
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  // '/' and ':' may stand unescaped in a query (RFC 3986), which keeps paths and instants legible.
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%2F", "/")
        .replace("%3A", ":");
  }
}
