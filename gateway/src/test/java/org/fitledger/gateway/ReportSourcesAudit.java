package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The audit of reports by source ({@code GET /api/v1/audit/reports}) in one district this month, as
 * supervisor1 reads it, and what changed in it between two reads: a test reads it before and after
 * what it does, in a district of its own ({@link LiveGateway#freshDistrict()}), so that the change
 * is its own alone.
 */
final class ReportSourcesAudit {
  /** The counts of a row, in the order {@link #assertGrew} takes them. */
  static final List<String> COUNTS =
      List.of("reported", "triaged", "confirmed", "merged", "rejected");

  private ReportSourcesAudit() {}

  /** The rows by source (patrol, resident, device). */
  static Map<String, JsonNode> read(LiveGateway gateway, String district) {
    HttpResponse<String> audit =
        gateway.get("supervisor1", "api/v1/audit/reports?district=" + district);
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    JsonNode report = LiveGateway.json(audit);
    assertThat(report.get("district").asString()).isEqualTo(district);
    Map<String, JsonNode> rows = new LinkedHashMap<>();
    for (JsonNode row : report.get("sources")) {
      rows.put(row.get("source").asString(), row);
    }
    assertThat(rows.keySet()).containsExactly("patrol", "resident", "device");
    return rows;
  }

  /**
   * Each source's counts grew by exactly {@code grown} (reported, triaged, confirmed, merged,
   * rejected per source; a source not named did not change at all).
   */
  static void assertGrew(
      Map<String, JsonNode> before, Map<String, JsonNode> after, Map<String, long[]> grown) {
    for (String source : before.keySet()) {
      long[] expected = grown.getOrDefault(source, new long[COUNTS.size()]);
      for (int i = 0; i < COUNTS.size(); i++) {
        String count = COUNTS.get(i);
        assertThat(after.get(source).get(count).asLong() - before.get(source).get(count).asLong())
            .as(source + " " + count + ", from " + before.get(source) + " to " + after.get(source))
            .isEqualTo(expected[i]);
      }
    }
  }
}
