package org.fitledger.gateway.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fitledger.gateway.query.Period;

/**
 * {@code GET /api/v1/audit/sla}: SLA compliance of the tickets opened in a period.
 *
 * @param period the period
 * @param district the district filter, or null for all the supervisor's districts
 * @param by {@code company} or {@code district}
 * @param depth the district level grouped by, for {@code by=district}
 * @param rows one per company or district
 */
public record SlaReport(
    Period period,
    @Schema(types = {"string", "null"}) String district,
    String by,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer depth,
    List<SlaRow> rows) {}
