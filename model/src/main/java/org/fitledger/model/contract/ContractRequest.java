package org.fitledger.model.contract;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.regex.Pattern;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ticket.Sla;
import org.fitledger.model.validation.DistrictPaths;
import org.fitledger.model.validation.Validation;

/**
 * What a supervisor sends to register a maintenance contract.
 *
 * <pre>{@code
 * {"id":"C-1","company":"GREENFIX","districts":["SH/PD"],"sites":[],"validFrom":"2026-01-01",
 *  "validTo":"2026-12-31","sla":{...}}
 * }</pre>
 *
 * @param id the contract id
 * @param company the contractor company, {@code [A-Z0-9-]{1,32}}
 * @param districts district prefixes in scope, 0..50
 * @param sites site names in scope, 0..50; districts and sites together are not empty
 * @param validFrom the first day of validity
 * @param validTo the last day of validity
 * @param sla the SLA terms
 */
@Schema(name = "NewContract")
public record ContractRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.COMPANY) String company,
    @ArraySchema(
            maxItems = MAX_SCOPE,
            schema = @Schema(pattern = Formats.DISTRICT_PREFIX),
            arraySchema = @Schema(description = "with sites: at least one of the two"))
        List<String> districts,
    @ArraySchema(maxItems = MAX_SCOPE, schema = @Schema(minLength = 1, maxLength = MAX_SITE))
        List<String> sites,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String validFrom,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            format = "date",
            description = "not before validFrom")
        String validTo,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Sla sla) {
  /** A company code: capitals, digits and dashes. */
  public static final Pattern COMPANY = Pattern.compile(Formats.COMPANY);

  /** The most districts, and the most sites, one contract names. */
  public static final int MAX_SCOPE = 50;

  /** The longest site name. */
  public static final int MAX_SITE = 100;

  /** Absent districts or sites are none. */
  public ContractRequest {
    districts = districts == null ? List.of() : districts;
    sites = sites == null ? List.of() : sites;
  }

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  public ContractRequest validated() {
    List<String> prefixes = Validation.size("districts", districts, 0, MAX_SCOPE);
    prefixes.forEach(prefix -> DistrictPaths.prefix("districts", prefix));
    List<String> siteNames = Validation.size("sites", sites, 0, MAX_SCOPE);
    siteNames.forEach(site -> Validation.text("sites", site, MAX_SITE));
    if (prefixes.isEmpty() && siteNames.isEmpty()) {
      throw Validation.invalid("a contract needs at least one district or site");
    }
    if (Validation.date("validTo", validTo).isBefore(Validation.date("validFrom", validFrom))) {
      throw Validation.invalid("validTo must not precede validFrom");
    }
    if (company == null || !COMPANY.matcher(company).matches()) {
      throw Validation.invalid("company must match " + COMPANY.pattern());
    }
    return new ContractRequest(
        Validation.id("id", id),
        company,
        prefixes,
        siteNames,
        validFrom,
        validTo,
        Validation.required("sla", sla).validated("sla"));
  }
}
