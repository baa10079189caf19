package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code GET /api/v1/audit/coverage}: coverage by district and level as of an instant.
 *
 * @param asOf the instant, ISO-8601
 * @param district the district filter, or null for all the supervisor's districts
 * @param depth the district level grouped by, 1..4
 * @param level the level asked for, or null for all three
 * @param rows one per district and level, by district then level
 */
public record CoverageReport(
    String asOf,
    @Schema(types = {"string", "null"}) String district,
    int depth,
    @Schema(types = {"string", "null"}) String level,
    List<CoverageRow> rows) {}
