package org.fitledger.model.contract;

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
public record ContractRequest(
    String id,
    String company,
    List<String> districts,
    List<String> sites,
    String validFrom,
    String validTo,
    Sla sla) {
  /** A company code: capitals, digits and dashes. */
  public static final Pattern COMPANY = Pattern.compile(Formats.COMPANY);

  /** The most districts, and the most sites, one contract names. */
  public static final int MAX_SCOPE = 50;

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  public ContractRequest validated() {
    List<String> prefixes = Validation.size("districts", districts, 0, MAX_SCOPE);
    prefixes.forEach(prefix -> DistrictPaths.prefix("districts", prefix));
    List<String> siteNames = Validation.size("sites", sites, 0, MAX_SCOPE);
    siteNames.forEach(site -> Validation.text("sites", site, 100));
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
