package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code GET /api/v1/audit/trends}: a district's figures month by month.
 *
 * @param district the district filter, or null for all the supervisor's districts
 * @param months the calendar months (UTC), oldest first, the current one last
 */
public record TrendsReport(
    @Schema(types = {"string", "null"}) String district, List<TrendMonth> months) {}
