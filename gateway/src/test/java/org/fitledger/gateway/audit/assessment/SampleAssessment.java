package org.fitledger.gateway.audit.assessment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * An assessment for the writers' tests: a Chinese company, a company named like a script tag,
 * tickets no contract covered, two districts, coverage of two levels and two inspectors.
 */
final class SampleAssessment {
  static final String CHINESE = "绿修公司";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BASE = "https://fitledger.example:8443";

  private SampleAssessment() {}

  static SlaFigures sla(String group, long tickets, long[] ack, long[] safe, long[] repair) {
    String company = URLEncoder.encode(String.valueOf(group), StandardCharsets.UTF_8);
    String steps = "/api/v1/audit/sla/steps?period=2026-11&company=" + company;
    return new SlaFigures(
        group,
        tickets,
        share(ack, steps + "&step=acknowledge"),
        share(safe, steps + "&step=makeSafe"),
        share(repair, steps + "&step=repair"),
        repair[0] == 0 ? null : 1.0 / repair[0],
        tickets / 3,
        steps,
        steps + "&onTime=false",
        "/api/v1/tickets?overdue=true&company=" + company);
  }

  private static StepShare share(long[] doneOnTime, String link) {
    Double share = doneOnTime[0] == 0 ? null : (double) doneOnTime[1] / doneOnTime[0];
    return new StepShare(doneOnTime[0], doneOnTime[1], share, link);
  }

  static Assessment of() {
    return new Assessment(
        "2026-11",
        Instant.parse("2026-11-01T00:00:00Z"),
        Instant.parse("2026-12-01T00:00:00Z"),
        "SH/PD",
        3,
        Instant.parse("2026-11-22T10:00:00Z"),
        Instant.parse("2026-11-22T10:00:00Z"),
        List.of(
            sla(CHINESE, 12, new long[] {10, 9}, new long[] {2, 1}, new long[] {4, 3}),
            sla(SCRIPT, 3, new long[] {3, 0}, new long[] {0, 0}, new long[] {0, 0}),
            sla(null, 1, new long[] {0, 0}, new long[] {0, 0}, new long[] {0, 0})),
        List.of(
            sla("SH/PD/ZJ", 9, new long[] {8, 6}, new long[] {1, 1}, new long[] {3, 2}),
            sla("SH/PD/LJ", 7, new long[] {5, 3}, new long[] {1, 0}, new long[] {1, 1})),
        List.of(
            new CoverageFigures(
                "SH/PD/ZJ", "ROUTINE", 40, 3, 1, "/api/v1/audit/coverage/overdue?district=ZJ"),
            new CoverageFigures(
                "SH/PD/LJ", "STRUCTURAL", 25, 5, 2, "/api/v1/audit/coverage/overdue?district=LJ")),
        List.of(
            new InspectorFigures(
                "inspector1", "PatrolMSP", 20, 1, 0.05, "/api/v1/i?n=1", "/api/v1/i?n=1&b=true"),
            new InspectorFigures(
                "巡检员二", "PatrolMSP", 8, 0, 0.0, "/api/v1/i?n=2", "/api/v1/i?n=2&b=true")));
  }
}
