package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fitledger.gateway.query.Period;

/**
 * {@code GET /api/v1/audit/diligence}: the inspectors' inspections in a period.
 *
 * @param period the period
 * @param district the district filter, or null for all the supervisor's districts
 * @param rows one per inspector, by name
 */
public record DiligenceReport(
    Period period, @Schema(types = {"string", "null"}) String district, List<DiligenceRow> rows) {}
