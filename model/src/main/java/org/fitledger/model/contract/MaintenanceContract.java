package org.fitledger.model.contract;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.fitledger.model.place.DistrictPath;
import org.fitledger.model.ticket.Assignment;
import org.fitledger.model.ticket.Sla;

/**
 * A maintenance contract as stored on the ledger. Its SLA is versioned: each change of terms adds
 * one to {@code slaVersion}.
 *
 * <pre>{@code
 * {"id":"C-1","company":"GREENFIX","districts":["SH/PD"],"sites":["Riverside"],
 *  "siteDistricts":["SH/PD"],"validFrom":"2026-01-01","validTo":"2026-12-31","sla":{...},
 *  "slaVersion":1,"registeredBy":"supervisor1",
 *  "registeredAt":"2026-11-21T10:00:00Z","txId":"4f1c..."}
 * }</pre>
 *
 * @param id the contract id
 * @param company the contractor company
 * @param districts district prefixes in scope
 * @param sites site names in scope
 * @param siteDistricts the district prefixes within which its sites apply: those of the supervisor
 *     who registered it (empty without sites), so that a site name can never reach equipment
 *     outside that supervisor's districts
 * @param validFrom the first day of validity (UTC)
 * @param validTo the last day of validity (UTC)
 * @param sla the SLA terms in force
 * @param slaVersion 1 at registration, plus one per SLA update
 * @param registeredBy the CN of the supervisor who registered it
 * @param registeredAt when it was registered
 * @param txId the last writing transaction
 */
@JsonPropertyOrder({
  "id",
  "company",
  "districts",
  "sites",
  "siteDistricts",
  "validFrom",
  "validTo",
  "sla",
  "slaVersion",
  "registeredBy",
  "registeredAt",
  "txId"
})
public record MaintenanceContract(
    String id,
    String company,
    List<String> districts,
    List<String> sites,
    List<String> siteDistricts,
    String validFrom,
    String validTo,
    Sla sla,
    int slaVersion,
    String registeredBy,
    String registeredAt,
    String txId) {
  // A site names one place exactly, so it is more specific than the longest district path.
  private static final int SITE_MATCH = DistrictPath.LEVELS + 1;

  /**
   * Reads a record written before contracts kept their sites' districts as one whose sites apply
   * nowhere.
   */
  public MaintenanceContract {
    siteDistricts = siteDistricts == null ? List.of() : List.copyOf(siteDistricts);
  }

  /**
   * A contract registered as a supervisor asked. A contract naming sites covers them only within
   * the registrar's districts, which it keeps.
   *
   * @param request the checked request
   * @param registrarDistricts the registering supervisor's districts
   * @param by the CN of the registering supervisor
   * @param at the transaction's timestamp, ISO-8601 UTC
   * @param txId the transaction's id
   */
  public static MaintenanceContract register(
      ContractRequest request, List<String> registrarDistricts, String by, String at, String txId) {
    return new MaintenanceContract(
        request.id(),
        request.company(),
        request.districts(),
        request.sites(),
        request.sites().isEmpty() ? List.of() : registrarDistricts,
        request.validFrom(),
        request.validTo(),
        request.sla(),
        1,
        by,
        at,
        txId);
  }

  /** The contract under a new version of its SLA, written by transaction {@code txId}. */
  public MaintenanceContract withSla(Sla newSla, String txId) {
    return new MaintenanceContract(
        id,
        company,
        districts,
        sites,
        siteDistricts,
        validFrom,
        validTo,
        newSla,
        slaVersion + 1,
        registeredBy,
        registeredAt,
        txId);
  }

  /** Whether the stored content equals what {@code request} asks for. */
  public boolean matches(ContractRequest request) {
    return request.equals(
        new ContractRequest(id, company, districts, sites, validFrom, validTo, sla));
  }

  /** Whether the contract is valid on {@code date}. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(LocalDate.parse(validFrom)) && !date.isAfter(LocalDate.parse(validTo));
  }

  /**
   * How specifically the contract covers a place: 0 if not at all, the length of the longest
   * covering prefix, or more than any prefix for a site match.
   */
  public int specificity(String site, String districtPath) {
    if (sites.contains(site)
        && siteDistricts.stream().anyMatch(prefix -> DistrictPath.covers(prefix, districtPath))) {
      return SITE_MATCH;
    }
    return districts.stream()
        .filter(prefix -> DistrictPath.covers(prefix, districtPath))
        .mapToInt(prefix -> DistrictPath.segments(prefix).size())
        .max()
        .orElse(0);
  }

  /** The assignment this contract gives the tickets it covers. */
  public Assignment assignment() {
    return new Assignment(company, id, slaVersion, sla);
  }
}
