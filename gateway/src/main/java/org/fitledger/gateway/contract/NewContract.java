package org.fitledger.gateway.contract;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fitledger.model.format.Formats;

/**
 * The body of {@code POST /api/v1/contracts}, passed to {@code registerContract} as JSON.
 *
 * @param id the contract id
 * @param company the contractor company, e.g. {@code GREENFIX}
 * @param districts the district path prefixes it covers
 * @param sites the site names it covers
 * @param validFrom first day, {@code YYYY-MM-DD}
 * @param validTo last day, {@code YYYY-MM-DD}
 * @param sla its SLA terms
 */
record NewContract(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.COMPANY) String company,
    @ArraySchema(
            maxItems = 50,
            schema = @Schema(pattern = Formats.DISTRICT_PREFIX),
            arraySchema = @Schema(description = "with sites: at least one of the two"))
        List<String> districts,
    @ArraySchema(maxItems = 50, schema = @Schema(minLength = 1, maxLength = 100))
        List<String> sites,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String validFrom,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            format = "date",
            description = "not before validFrom")
        String validTo,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Sla sla) {

  NewContract {
    districts = districts == null ? List.of() : districts;
    sites = sites == null ? List.of() : sites;
  }
}
