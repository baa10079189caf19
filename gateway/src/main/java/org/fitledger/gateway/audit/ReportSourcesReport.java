package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fitledger.gateway.query.Period;

/**
 * Faults reported in a period by source, within a district.
 *
 * @param period the period
 * @param district the district, or null for all of the supervisor's
 * @param sources one row per source: patrol, resident, device
 */
public record ReportSourcesReport(
    Period period,
    @Schema(types = {"string", "null"}) String district,
    List<ReportSourcesRow> sources) {}
